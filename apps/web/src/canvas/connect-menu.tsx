import { useEffect, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConnectMenuState } from "./use-connect.js";

interface Props {
  menu: ConnectMenuState;
  onChoose: (endpoint: string, bindIt: boolean) => void;
  onClose: () => void;
}

/** A small menu at the drop point: connect to an endpoint the socket binds, or bind a new one. */
export function ConnectMenu({ menu, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector("button")?.focus();
    const away = (e: PointerEvent) => {
      if (e.target instanceof Node && !ref.current?.contains(e.target)) onClose();
    };
    window.addEventListener("pointerdown", away, true);
    return () => window.removeEventListener("pointerdown", away, true);
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll("button") ?? [])];
    const i = items.findIndex((b) => b === document.activeElement);
    if (e.key === "Escape") onClose();
    else if (e.key === "ArrowDown") items[(i + 1) % items.length]?.focus();
    else if (e.key === "ArrowUp") items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const names = { connector: menu.connector, binder: menu.binder };
  const title =
    menu.existing.length > 0 ? t("connectMenu.titleChoose", names) : t("connectMenu.title", names);
  return (
    <div
      ref={ref}
      className="connect-menu"
      role="menu"
      aria-label={title}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
      data-testid="connect-menu"
    >
      <div className="connect-menu__title">{title}</div>
      {menu.existing.map((endpoint) => (
        <button
          key={endpoint}
          role="menuitem"
          type="button"
          onClick={() => onChoose(endpoint, false)}
        >
          {t("connectMenu.connectTo", { endpoint })}
        </button>
      ))}
      {menu.fresh.map((endpoint) => (
        <button
          key={endpoint}
          role="menuitem"
          type="button"
          onClick={() => onChoose(endpoint, true)}
        >
          {t("connectMenu.bindNew", { endpoint })}
        </button>
      ))}
      <button role="menuitem" type="button" className="connect-menu__cancel" onClick={onClose}>
        {t("connectMenu.cancel")}
      </button>
    </div>
  );
}
