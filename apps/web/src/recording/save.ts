import type { Topology } from "@zmq-playground/shared";
import { download, fileNameFor } from "../io/document-file.js";
import { RECORDING_EXTENSION, serializeRecording, type Recording } from "./schema.js";

/** `pipeline-producer.zmqrec.json`, from the recorded topology's title. */
export function recordingFileName(topology: Topology): string {
  return fileNameFor(topology, RECORDING_EXTENSION);
}

/** Offer the recording as a download. */
export function saveRecording(recording: Recording, save: typeof download = download): void {
  save(recordingFileName(recording.topology), serializeRecording(recording));
}
