import { useReactFlow } from "@xyflow/react";
import { CATALOG, PATTERNS, SOCKET_TYPES, type SocketType } from "@zmq-playground/shared";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { centredAt, freeSpotNear, snapToGrid } from "../canvas/placement.js";
import { useAppStoreApi } from "../store/store-context.js";
import { PaletteItem } from "./palette-item.js";

/** Socket types grouped by pattern; drag one onto the canvas, or click / press Enter to add it. */
export function Palette() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rf = useReactFlow();
  const nav = useRef<HTMLElement>(null);
  const [tip, setTip] = useState<{ type: SocketType; top: number; left: number } | null>(null);

  const add = (type: SocketType) => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    const centre = pane
      ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }
      : { x: 400, y: 300 };
    const state = store.getState();
    const at = snapToGrid(centredAt(rf.screenToFlowPosition(centre)));
    state.addSocket(type, freeSpotNear(state.topology, at));
  };

  return (
    <nav
      ref={nav}
      className="palette"
      aria-label={t("palette.title")}
      onScroll={() => setTip(null)}
    >
      <h2 className="panel-title">{t("palette.title")}</h2>
      <p className="palette__hint">{t("palette.hint")}</p>
      {PATTERNS.map((pattern) => (
        <section key={pattern} className="palette__group" data-pattern={pattern}>
          <h3>{t(`palette.patterns.${pattern}`)}</h3>
          <ul>
            {SOCKET_TYPES.filter((type) => CATALOG[type].pattern === pattern).map((type) => (
              <li key={type}>
                <PaletteItem
                  type={type}
                  onAdd={add}
                  onTip={(rect) => {
                    // Beside the palette, not over the neighbouring types.
                    const right = nav.current?.getBoundingClientRect().right ?? rect?.right ?? 0;
                    setTip(rect ? { type, top: rect.top, left: right } : null);
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {tip && (
        <div
          className="palette-tip"
          role="presentation"
          style={{ top: tip.top, left: tip.left + 10 }}
        >
          <strong>{tip.type}</strong>{" "}
          <span className="palette-tip__summary">{t(`catalog.${tip.type}.summary`)}</span>
          <p>{t(`catalog.${tip.type}.explanation`)}</p>
        </div>
      )}
    </nav>
  );
}
