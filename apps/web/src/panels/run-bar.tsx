import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { RecordButton } from "../recording/record-button.js";
import { selectConnection, selectRedeploy, selectRun } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";

/**
 * Over the bottom of the canvas while a topology runs, big enough for a projector:
 * whether it runs or is paused, Pause/Resume, Step, and edits being applied.
 */
export function RunBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const run = useAppStore(selectRun);
  const redeploy = useAppStore(selectRedeploy);
  const offline = useAppStore(selectConnection).status !== "open";
  // A step that found no message waiting moves nothing: say so, or the click seems lost.
  const [idleStep, setIdleStep] = useState(false);
  useEffect(() => {
    if (!idleStep) return;
    const timer = setTimeout(() => setIdleStep(false), 2500);
    return () => clearTimeout(timer);
  }, [idleStep]);
  if (run.status !== "running") return null;
  const s = () => store.getState();
  const step = async () => {
    const result = await s().step();
    if (result.ok && result.stepped === false) setIdleStep(true);
  };
  const state = run.paused ? "paused" : "running";
  return (
    <div className="run-bar" role="group" aria-label={t("live.controls.bar")} data-testid="run-bar">
      <span className={`run-bar__state run-bar__state--${state}`} data-state={state}>
        <span className="run-bar__dot" aria-hidden="true" />
        {t(`live.controls.${state}`)}
        {run.speed !== 1 && (
          <span className="run-bar__speed">
            {t("live.controls.speedOption", { factor: run.speed })}
          </span>
        )}
      </span>
      <button
        type="button"
        className="button"
        title={run.paused ? t("live.controls.resumeHint") : t("live.controls.pauseHint")}
        disabled={offline}
        onClick={() => void (run.paused ? s().resume() : s().pause())}
      >
        <span aria-hidden="true" className="run-bar__icon">
          {run.paused ? "▶" : "❚❚"}
        </span>
        {run.paused ? t("live.controls.resume") : t("live.controls.pause")}
      </button>
      <button
        type="button"
        className="button"
        title={t("live.controls.stepHint")}
        disabled={!run.paused || offline}
        onClick={() => void step()}
      >
        <span aria-hidden="true" className="run-bar__icon">
          ▶❚
        </span>
        {t("live.controls.step")}
      </button>
      <RecordButton />
      {idleStep && (
        <span className="run-bar__note" role="status">
          {t("live.controls.nothingWaiting")}
        </span>
      )}
      {redeploy !== "idle" && (
        <span
          className={`run-bar__note run-bar__note--${redeploy}`}
          role="status"
          data-testid="redeploy-state"
        >
          {redeploy === "applying"
            ? t("live.controls.redeploying")
            : t("live.controls.redeployBlocked")}
        </span>
      )}
    </div>
  );
}
