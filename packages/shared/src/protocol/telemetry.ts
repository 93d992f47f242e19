import { z } from "zod";
import { diagnosticParamsSchema } from "../topology/diagnostics.js";

/** One frame of a sampled message, truncated for display. */
export const frameSampleSchema = z.object({
  /** UTF-8 text with non-printable bytes replaced by U+FFFD; truncated. */
  text: z.string(),
  /** Lower-case hex of the first bytes; truncated. */
  hex: z.string(),
  /** The frame's real size in bytes. */
  size: z.number().int().min(0),
  truncated: z.boolean(),
});
export type FrameSample = z.infer<typeof frameSampleSchema>;

/**
 * A message seen by the runtime, for animation and the inspector. `from` is null when
 * the sender is an outside program; `link` is null when the message did not cross a
 * link of the diagram (an outside peer, or a manual send that found no peer).
 */
export const messageSampleSchema = z.object({
  /** Monotonic per session. */
  seq: z.number().int().min(0),
  /** Milliseconds since the topology was deployed. */
  at: z.number().min(0),
  from: z.string().nullable(),
  to: z.string(),
  link: z.string().nullable(),
  direction: z.enum(["toBinder", "toConnector"]).nullable(),
  frames: z.array(frameSampleSchema),
});
export type MessageSample = z.infer<typeof messageSampleSchema>;

/**
 * A monitor event or error, for the event log. `message` is the English text (for the
 * CLI, logs and older pages). A gateway that knows EVENT_TEMPLATES also gives
 * `messageId` (the kind, or `kind.variant`) and `params`, from which the page renders
 * the text in the reader's language; the template may also name `socket` and `endpoint`.
 */
export const runtimeEventSchema = z.object({
  at: z.number().min(0),
  level: z.enum(["info", "warning", "error"]),
  /** One of EVENT_KINDS, e.g. `connect:retry`, `handshake`, `send-error`, `process-killed`. */
  kind: z.string(),
  socket: z.string().optional(),
  endpoint: z.string().optional(),
  message: z.string(),
  messageId: z.string().optional(),
  params: diagnosticParamsSchema.optional(),
});
export type RuntimeEvent = z.infer<typeof runtimeEventSchema>;
