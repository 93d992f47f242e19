import "../styles/live-controls.css";
import { useTranslation } from "react-i18next";
import { selectConnection, selectRedeploy, selectRun } from "../store/runtime-selectors.js";
import { selectErrorCount } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { SpeedControl } from "./speed-control.js";

/** Run, Stop, Pause/Resume, Step and the speed: the toolbar's live-run slot. */
export function RunControls() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const run = useAppStore(selectRun);
  const errors = useAppStore(selectErrorCount);
  const connection = useAppStore(selectConnection);
  const redeploy = useAppStore(selectRedeploy);
  const s = () => store.getState();
  const offline = connection.status !== "open";
  const stopped = run.status === "stopped" || run.status === "deploying";
  const live = run.status === "running";

  let runHint = t("live.controls.runHint");
  if (errors > 0) runHint = t("live.controls.runBlocked", { count: errors });
  else if (offline) runHint = t("live.controls.runOffline");

  return (
    <>
      {stopped ? (
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
      <button
        type="button"
        className="button"
        aria-pressed={run.paused}
        title={run.paused ? t("live.controls.resumeHint") : t("live.controls.pauseHint")}
        disabled={!live || offline}
        onClick={() => void (run.paused ? s().resume() : s().pause())}
      >
        {run.paused ? t("live.controls.resume") : t("live.controls.pause")}
      </button>
      <button
        type="button"
        className="button"
        title={t("live.controls.stepHint")}
        disabled={!live || !run.paused || offline}
        onClick={() => void s().step()}
      >
        {t("live.controls.step")}
      </button>
      <SpeedControl speed={run.speed} onChange={(factor) => void s().setSpeed(factor)} />
      {live && redeploy !== "idle" && (
        <span
          className={`run-controls__note run-controls__note--${redeploy}`}
          role="status"
          data-testid="redeploy-state"
        >
          {redeploy === "applying"
            ? t("live.controls.redeploying")
            : t("live.controls.redeployBlocked")}
        </span>
      )}
    </>
  );
}
