import type { AppStore } from "../store/app-store.js";
import { saveRecording } from "./save.js";

/**
 * A recording the run's end stopped is saved at once: Stop is the natural end of a
 * recorded demonstration, and the run bar with Save recording is gone by then.
 * Returns a function that stops watching.
 */
export function startRecordingSaver(
  store: AppStore,
  save: typeof saveRecording = saveRecording,
): () => void {
  return store.subscribe((state) => {
    if (state.recording?.stoppedBy !== "run-ended") return;
    const recording = state.stopRecording();
    if (recording) save(recording);
  });
}
