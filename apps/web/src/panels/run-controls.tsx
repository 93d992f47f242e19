import "../styles/live-controls.css";
import { useTranslation } from "react-i18next";
import { selectConnection, selectErrorCount, selectRun } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { SpeedControl } from "./speed-control.js";

/**
 * The toolbar's live-run slot: Run (Stop while running) and the speed, which may be
 * chosen before running (slow motion from the first message). Pause and Step sit on
 * the canvas while a topology runs (`RunBar`).
 */
export function RunControls() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const run = useAppStore(selectRun);
  const errors = useAppStore(selectErrorCount);
  const connection = useAppStore(selectConnection);
  const s = () => store.getState();
  const offline = connection.status !== "open";
  const stopped = run.status === "stopped" || run.status === "deploying";

  let runHint = t("live.controls.runHint");
  if (errors > 0) runHint = t("live.controls.runBlocked", { count: errors });
  else if (offline) runHint = t("live.controls.runOffline");

  return (
    <>
      {stopped ? (
        // The title sits on a wrapper: a disabled button shows no tooltip in some browsers.
        <span className="run-controls__wrap" title={runHint}>
          <button
            type="button"
            className="button button--primary run-controls__run"
            disabled={errors > 0 || offline || run.status === "deploying"}
            aria-describedby="run-hint"
            onClick={() => void s().runTopology()}
          >
            <span aria-hidden="true" className="run-controls__icon">
              ▶
            </span>
            {run.status === "deploying" ? t("live.controls.deploying") : t("live.controls.run")}
          </button>
          <span id="run-hint" className="visually-hidden">
            {runHint}
          </span>
        </span>
      ) : (
        <button
          type="button"
          className="button run-controls__stop"
          title={t("live.controls.stopHint")}
          disabled={run.status === "stopping"}
          onClick={() => void s().stopTopology()}
        >
          <span aria-hidden="true" className="run-controls__icon">
            ■
          </span>
          {run.status === "stopping" ? t("live.controls.stopping") : t("live.controls.stop")}
        </button>
      )}
      <SpeedControl speed={run.speed} onChange={(factor) => void s().setSpeed(factor)} />
    </>
  );
}
