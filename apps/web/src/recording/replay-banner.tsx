import "./replay.css";
import { useTranslation } from "react-i18next";
import { selectReplay } from "../store/replay-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { forgetRecordingLink } from "./link.js";
import { ReplayLinkButton } from "./replay-link-button.js";

/** Over the top of the canvas during a replay: what this is, and the way back. */
export function ReplayBanner() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const replay = useAppStore(selectReplay);
  if (!replay) return null;
  const recorded = new Date(replay.source.startedAt).toLocaleString(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const exit = () => {
    forgetRecordingLink();
    store.getState().exitReplay();
  };
  return (
    <div className="live-banners">
      <div className="live-banner replay-banner" role="status" data-testid="replay-banner">
        <span className="replay-banner__icon" aria-hidden="true">
          ▶
        </span>
        <span className="live-banner__text replay-banner__text">
          <strong>{t("exportUi.replay.banner")}</strong>
          <span className="replay-banner__name">
            {replay.name} · {t("exportUi.replay.recordedAt", { date: recorded })}
          </span>
        </span>
        <ReplayLinkButton recording={replay.source} />
        <button
          type="button"
          className="button button--small"
          title={t("exportUi.replay.exitHint")}
          onClick={exit}
        >
          {t("exportUi.replay.exit")}
        </button>
      </div>
    </div>
  );
}
