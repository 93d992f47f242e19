import { CATALOG, type SocketType } from "@zmq-playground/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SOCKET_TYPE_MIME } from "../canvas/use-canvas-drop.js";

interface Props {
  type: SocketType;
  onAdd: (type: SocketType) => void;
  /** Show the explanation beside this item (its box), or hide it (null). */
  onTip: (rect: DOMRect | null) => void;
}

/** One socket type: drag it, click it or press Enter on it. Screen readers hear the explanation. */
export function PaletteItem({ type, onAdd, onTip }: Props) {
  const { t } = useTranslation();
  const describedBy = useId();
  const info = CATALOG[type];
  return (
    <button
      type="button"
      className="palette-item"
      data-testid="palette-item"
      data-socket-type={type}
      data-pattern={info.pattern}
      draggable
      aria-label={t("palette.addType", { type })}
      aria-describedby={describedBy}
      onClick={() => onAdd(type)}
      onDragStart={(e) => {
        onTip(null);
        e.dataTransfer.setData(SOCKET_TYPE_MIME, type);
        e.dataTransfer.effectAllowed = "move";
      }}
      onMouseEnter={(e) => onTip(e.currentTarget.getBoundingClientRect())}
      onMouseLeave={() => onTip(null)}
      onFocus={(e) => onTip(e.currentTarget.getBoundingClientRect())}
      onBlur={() => onTip(null)}
    >
      <span className="palette-item__type">{type}</span>
      {info.draft && <span className="palette-item__draft">{t("palette.draft")}</span>}
      <span id={describedBy} className="visually-hidden">
        {t(`catalog.${type}.summary`)} {t(`catalog.${type}.explanation`)}
      </span>
    </button>
  );
}
