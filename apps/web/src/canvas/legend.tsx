import { Panel } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { useIsLive } from "./use-live.js";

/** How to read a link: it starts at the connecting socket and points at the bound endpoint; while running, the message colours. */
export function Legend() {
  const { t } = useTranslation();
  const running = useIsLive();
  return (
    <Panel position="top-left" className="legend" aria-label={t("canvas.legendLabel")}>
      <svg width="64" height="14" aria-hidden="true" className="legend__link">
        <circle cx="5" cy="7" r="4" className="link__start" />
        <path d="M 9 7 L 50 7" className="legend__line" />
        <path d="M 50 2 L 60 7 L 50 12 Z" className="link__arrow" />
      </svg>
      <span>{t("canvas.legendConnect")}</span>
      <span className="legend__port" aria-hidden="true" />
      <span>{t("canvas.legendBind")}</span>
      {running && (
        <>
          <span className="legend__dot legend__dot--toBinder" aria-hidden="true" />
          <span>{t("live.legend.toBinder")}</span>
          <span className="legend__dot legend__dot--toConnector" aria-hidden="true" />
          <span>{t("live.legend.toConnector")}</span>
        </>
      )}
    </Panel>
  );
}
