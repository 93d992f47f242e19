import { z } from "zod";
import { idSchema, topologySchema } from "../topology/schema.js";

/** Ties a command to its `command:ok` / `command:error` answer; chosen by the page. */
export const requestIdSchema = z.string().min(1).max(64);

/** A frame the page types by hand; bounded here, and again by the session's byte cap. */
const manualFramesSchema = z.array(z.string().max(65_536)).min(1).max(16);

/**
 * Page -> gateway, first message on every connection: the protocol version it speaks, and
 * `sessionId` to resume a session after a reload. `token` is needed when the gateway
 * listens beyond loopback (or pass it as `?token=` on the WebSocket URL).
 */
export const sessionHelloSchema = z.strictObject({
  type: z.literal("session:hello"),
  protocolVersion: z.number().int(),
  sessionId: z.string().min(1).max(64).optional(),
  token: z.string().min(1).max(256).optional(),
});

/** Page -> gateway: run this topology, or, while one runs, apply the difference. */
export const topologyDeploySchema = z.strictObject({
  type: z.literal("topology:deploy"),
  requestId: requestIdSchema,
  topology: topologySchema,
});

/** Page -> gateway: tear the running topology down (sockets closed, ipc files removed). */
export const topologyStopSchema = z.strictObject({
  type: z.literal("topology:stop"),
  requestId: requestIdSchema,
});

/** Page -> gateway: processes stop handling messages; ZeroMQ queues fill as they really would. */
export const runtimePauseSchema = z.strictObject({
  type: z.literal("runtime:pause"),
  requestId: requestIdSchema,
});

/** Page -> gateway: undo `runtime:pause`. */
export const runtimeResumeSchema = z.strictObject({
  type: z.literal("runtime:resume"),
  requestId: requestIdSchema,
});

/** Page -> gateway: slow motion; 1 is real time, 0.1 ten times slower. */
export const runtimeSpeedSchema = z.strictObject({
  type: z.literal("runtime:speed"),
  requestId: requestIdSchema,
  factor: z.number().min(0.01).max(1),
});

/** Page -> gateway: while paused, let exactly one waiting message be handled. */
export const runtimeStepSchema = z.strictObject({
  type: z.literal("runtime:step"),
  requestId: requestIdSchema,
});

/** Page -> gateway: send one message by hand from a socket of the running topology. */
export const socketSendSchema = z.strictObject({
  type: z.literal("socket:send"),
  requestId: requestIdSchema,
  socketId: idSchema,
  frames: manualFramesSchema,
});

/** Page -> gateway: kill a process: its sockets close abruptly (peers see disconnects). */
export const processKillSchema = z.strictObject({
  type: z.literal("process:kill"),
  requestId: requestIdSchema,
  processId: idSchema,
});

/** Page -> gateway: bring a killed process back (peers reconnect). */
export const processRestartSchema = z.strictObject({
  type: z.literal("process:restart"),
  requestId: requestIdSchema,
  processId: idSchema,
});

/** Page -> gateway: are you there? Answered with `command:ok`. */
export const sessionPingSchema = z.strictObject({
  type: z.literal("session:ping"),
  requestId: requestIdSchema,
});

/** Everything the page sends to the gateway. */
export const clientMessageSchema = z.discriminatedUnion("type", [
  sessionHelloSchema,
  topologyDeploySchema,
  topologyStopSchema,
  runtimePauseSchema,
  runtimeResumeSchema,
  runtimeSpeedSchema,
  runtimeStepSchema,
  socketSendSchema,
  processKillSchema,
  processRestartSchema,
  sessionPingSchema,
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageType = ClientMessage["type"];
/** A client message other than the handshake: each carries a `requestId`. */
export type ClientCommand = Exclude<ClientMessage, { type: "session:hello" }>;
export type SessionHello = z.infer<typeof sessionHelloSchema>;
