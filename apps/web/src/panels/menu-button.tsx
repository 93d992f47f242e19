import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

interface Item {
  label: string;
  onSelect: () => void;
}

/** A button that opens a short menu; arrow keys move, Escape closes, focus returns to the button. */
export function MenuButton({
  label,
  children,
  items,
}: {
  label: string;
  children: ReactNode;
  items: Item[];
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector("button")?.focus();
    const away = (e: PointerEvent) => {
      if (
        e.target instanceof Node &&
        !menu.current?.contains(e.target) &&
        !button.current?.contains(e.target)
      )
        setOpen(false);
    };
    window.addEventListener("pointerdown", away, true);
    return () => window.removeEventListener("pointerdown", away, true);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll("button") ?? [])];
    const i = buttons.findIndex((b) => b === document.activeElement);
    if (e.key === "Escape") close();
    else if (e.key === "ArrowDown") buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === "ArrowUp") buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="button button--icon"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="menu" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
