import type { Diagnostic } from "@zmq-playground/shared";
import type { AppStore } from "../store/app-store.js";
import {
  looksLikeRecording,
  parseRecording,
  type Recording,
  type RecordingProblem,
} from "./schema.js";

/** Whether a file's text is a recording rather than a topology (Import opens both). */
export function isRecordingText(text: string): boolean {
  if (!text.includes('"zmq-recording"')) return false;
  try {
    return looksLikeRecording(JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text));
  } catch {
    return false;
  }
}

/** Problems of a file or link, shown like a bad topology file's. */
export function showRecordingProblems(
  store: AppStore,
  name: string,
  problems: readonly RecordingProblem[],
): void {
  const diagnostics = problems.map((p): Diagnostic => ({
    severity: "error",
    code: "schema",
    message: p.message,
    sockets: [],
    ...(p.path === undefined ? {} : { path: p.path }),
  }));
  store.getState().openDialog({ kind: "import-error", fileName: name, diagnostics });
}

/**
 * Replay a recording: a run in progress is stopped first (a replay replaces the live
 * view), and the recording takes the document's place until Exit replay.
 */
export async function startReplay(store: AppStore, recording: Recording, name: string) {
  const { run, replay } = store.getState();
  if (replay === null && (run.status === "running" || run.status === "deploying")) {
    await store.getState().stopTopology();
  }
  store.getState().openReplay(recording, name);
}

/** Open a recording from parsed JSON, or say why it cannot be replayed. */
export async function openRecordingValue(
  store: AppStore,
  name: string,
  value: unknown,
): Promise<boolean> {
  const result = parseRecording(value);
  if (!result.ok) {
    showRecordingProblems(store, name, result.problems);
    return false;
  }
  await startReplay(store, result.recording, name);
  return true;
}

/** Open a recording file's text. */
export async function openRecordingText(
  store: AppStore,
  name: string,
  text: string,
): Promise<boolean> {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    showRecordingProblems(store, name, [{ message: `This is not valid JSON: ${why}` }]);
    return false;
  }
  return openRecordingValue(store, name, value);
}
