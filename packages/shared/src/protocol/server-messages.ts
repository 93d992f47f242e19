import { z } from "zod";
import { diagnosticSchema } from "../topology/diagnostics.js";
import { linkStatsSchema, socketStatsSchema } from "./stats.js";
import { messageSampleSchema, runtimeEventSchema } from "./telemetry.js";
import { commandErrorCodeSchema } from "./errors.js";
import { incompatibilityReasonSchema, sessionLimitsSchema } from "./version.js";
import { requestIdSchema } from "./client-messages.js";

/**
 * Gateway -> page, answer to `session:hello`: the session to remember for a reload, whether
 * it was resumed (a topology may still be running), and the caps it runs under.
 */
export const sessionWelcomeSchema = z.strictObject({
  type: z.literal("session:welcome"),
  protocolVersion: z.number().int(),
  sessionId: z.string(),
  resumed: z.boolean(),
  limits: sessionLimitsSchema,
});

/** Gateway -> page: the handshake is refused and the connection closes; `message` says why in words. */
export const sessionIncompatibleSchema = z.strictObject({
  type: z.literal("session:incompatible"),
  reason: incompatibilityReasonSchema,
  protocolVersion: z.number().int(),
  message: z.string(),
});

/** Gateway -> page: the command with this `requestId` succeeded. `stepped` answers `runtime:step`. */
export const commandOkSchema = z.strictObject({
  type: z.literal("command:ok"),
  requestId: requestIdSchema,
  stepped: z.boolean().optional(),
});

/**
 * Gateway -> page: a command failed and changed nothing. `requestId` is null when the
 * message was too broken to carry one. `message` is for a person to read.
 */
export const commandErrorSchema = z.strictObject({
  type: z.literal("command:error"),
  requestId: requestIdSchema.nullable(),
  code: commandErrorCodeSchema,
  message: z.string(),
  diagnostics: z.array(diagnosticSchema).optional(),
});

/**
 * Gateway -> page: the runtime's state, after the handshake and after every command that
 * changes it. `endpoints` maps each endpoint the topology binds to its real address (the
 * ipc file's path, say), which is what an outside program must use.
 */
export const runtimeStateSchema = z.strictObject({
  type: z.literal("runtime:state"),
  running: z.boolean(),
  paused: z.boolean(),
  speed: z.number(),
  endpoints: z.record(z.string(), z.string()),
});

/**
 * Gateway -> page, about every 50 ms while a topology runs: exact cumulative counters,
 * plus a bounded sample of the messages and events since the previous tick. `dropped*`
 * count what was left out (cap reached, or a tick skipped because the page reads slowly).
 */
export const runtimeTickSchema = z.strictObject({
  type: z.literal("runtime:tick"),
  seq: z.number().int().min(0),
  /** Milliseconds since the topology was deployed. */
  at: z.number().min(0),
  sockets: z.array(socketStatsSchema),
  links: z.array(linkStatsSchema),
  samples: z.array(messageSampleSchema),
  droppedSamples: z.number().int().min(0),
  events: z.array(runtimeEventSchema),
  droppedEvents: z.number().int().min(0),
});

/**
 * Gateway -> page: problems to draw on sockets and links. `source: "deploy"` replaces
 * the previous set (the validator's verdict on the deployed topology); `"runtime"` adds
 * problems found while running (a bind that failed, a send that timed out).
 */
export const topologyDiagnosticsSchema = z.strictObject({
  type: z.literal("topology:diagnostics"),
  source: z.enum(["deploy", "runtime"]),
  diagnostics: z.array(diagnosticSchema),
});

/** Everything the gateway sends to the page. */
export const serverMessageSchema = z.discriminatedUnion("type", [
  sessionWelcomeSchema,
  sessionIncompatibleSchema,
  commandOkSchema,
  commandErrorSchema,
  runtimeStateSchema,
  runtimeTickSchema,
  topologyDiagnosticsSchema,
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type ServerMessageType = ServerMessage["type"];
export type CommandError = z.infer<typeof commandErrorSchema>;
export type RuntimeTick = z.infer<typeof runtimeTickSchema>;
export type RuntimeStateMessage = z.infer<typeof runtimeStateSchema>;
