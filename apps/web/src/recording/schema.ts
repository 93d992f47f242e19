import { serverMessageSchema, topologySchema } from "@zmq-playground/shared";
import { z } from "zod";

export const RECORDING_FORMAT = "zmq-recording";
export const RECORDING_VERSION = 1;
/** The file name ending a saved recording has; it is JSON, so `.json` tools open it. */
export const RECORDING_EXTENSION = "zmqrec.json";

/**
 * One message the page received while recording: `t` milliseconds after the recording
 * started, and the server message exactly as the shared protocol schema parsed it.
 */
export const recordingFrameSchema = z.strictObject({
  t: z.number().min(0),
  message: serverMessageSchema,
});
export type RecordingFrame = z.infer<typeof recordingFrameSchema>;

/**
 * A recorded run: the deployed topology and the telemetry the page received
 * (`runtime:state`, `runtime:tick`, `topology:diagnostics`), in the order it came.
 * Replaying feeds the frames through the same reducer as a live run.
 */
export const recordingSchema = z
  .strictObject({
    format: z.literal(RECORDING_FORMAT),
    version: z.literal(RECORDING_VERSION),
    topology: topologySchema,
    /** When recording started (ISO 8601, the recorder's clock). */
    startedAt: z.iso.datetime({ offset: true }),
    durationMs: z.number().min(0),
    frames: z.array(recordingFrameSchema),
  })
  .superRefine((recording, ctx) => {
    let last = 0;
    recording.frames.forEach((frame, i) => {
      if (frame.t < last) {
        ctx.addIssue({
          code: "custom",
          path: ["frames", i, "t"],
          message: `frames must be in time order (${frame.t} comes after ${last})`,
        });
      }
      if (frame.t > recording.durationMs) {
        ctx.addIssue({
          code: "custom",
          path: ["frames", i, "t"],
          message: `a frame at ${frame.t} ms lies after the end (durationMs ${recording.durationMs})`,
        });
      }
      last = Math.max(last, frame.t);
    });
  });
export type Recording = z.infer<typeof recordingSchema>;

/** Why a recording could not be read, for a person; `path` says where in the file. */
export interface RecordingProblem {
  readonly message: string;
  readonly path?: string;
}

export type RecordingParseResult =
  | { readonly ok: true; readonly recording: Recording }
  | { readonly ok: false; readonly problems: RecordingProblem[] };

const MAX_PROBLEMS = 5;

/** Read a recording from parsed JSON. Never throws. */
export function parseRecording(value: unknown): RecordingParseResult {
  const parsed = recordingSchema.safeParse(value);
  if (parsed.success) return { ok: true, recording: parsed.data };
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = issue.path.map(String).join(".");
    return path === "" ? { message: issue.message } : { message: issue.message, path };
  });
  return { ok: false, problems };
}

/** Read a recording from a file's text. Never throws. */
export function parseRecordingText(text: string): RecordingParseResult {
  try {
    return parseRecording(JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ message: `This is not valid JSON: ${why}` }] };
  }
}

/** Whether parsed JSON says it is a recording (so Import opens it as one, not as a topology). */
export function looksLikeRecording(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && Reflect.get(value, "format") === RECORDING_FORMAT
  );
}

/** A recording as saved: one JSON document, frames one per line so a diff or `grep` reads it. */
export function serializeRecording(recording: Recording): string {
  const { frames, ...head } = recording;
  const lines = frames.map((frame) => `    ${JSON.stringify(frame)}`);
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  return `${top},\n  "frames": [\n${lines.join(",\n")}\n  ]\n}\n`;
}
