import "./replay.css";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { selectRecordingView } from "../store/replay-selectors.js";
import { selectRunStatus } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { RECORDER_LIMITS } from "./recorder.js";
import { saveRecording } from "./save.js";
import { clockTime } from "./time.js";

/** Milliseconds since `start`, updated twice a second while `start` is set. */
function useElapsed(start: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (start === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [start]);
  return start === null ? 0 : Math.max(0, now - start);
}

/**
 * In the run bar: Record, then Stop recording (which saves the file). A recording that a
 * limit stopped says why and offers Save (one the run's end stopped is saved at once:
 * see `startRecordingSaver`).
 */
export function RecordButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const recording = useAppStore(selectRecordingView);
  const running = useAppStore(selectRunStatus) === "running";
  const elapsed = useElapsed(recording && !recording.stoppedBy ? recording.startedAt : null);
  const save = () => {
    const done = store.getState().stopRecording();
    if (done) saveRecording(done);
  };
  if (!recording) {
    if (!running) return null;
    return (
      <button
        type="button"
        className="button record-button"
        title={t("exportUi.record.startHint")}
        onClick={() => store.getState().startRecording()}
      >
        <span className="record-button__dot" aria-hidden="true" />
        {t("exportUi.record.start")}
      </button>
    );
  }
  if (!recording.stoppedBy) {
    // Compact, like a phone's recorder (the run bar must stay clear of the minimap):
    // a pulsing dot, the time, a stop square; its name says what a click does.
    const time = clockTime(elapsed);
    return (
      <button
        type="button"
        className="button record-button record-button--on"
        aria-label={`${t("exportUi.record.stop")} (${time})`}
        title={t("exportUi.record.stopHint")}
        data-testid="recording"
        onClick={save}
      >
        <span className="record-button__dot" aria-hidden="true" />
        <span className="record-button__time">{t("exportUi.record.elapsed", { time })}</span>
        <span className="record-button__stop" aria-hidden="true" />
      </button>
    );
  }
  return (
    <span className="record-ended">
      <button
        type="button"
        className="button button--primary"
        aria-describedby="record-ended-why"
        onClick={save}
      >
        {t("exportUi.record.save")}
      </button>
      <span id="record-ended-why" className="record-ended__why" role="status">
        {t(`exportUi.record.ended.${recording.stoppedBy}`, {
          minutes: RECORDER_LIMITS.maxDurationMs / 60_000,
          megabytes: RECORDER_LIMITS.maxBytes / (1024 * 1024),
        })}
      </span>
    </span>
  );
}
