import { z } from "zod";
import { socketTypeSchema } from "../catalog/socket-types.js";

/** The format identifier and the newest version this build reads and writes. */
export const TOPOLOGY_FORMAT = "zmq-topology";
export const TOPOLOGY_VERSION = 1;

/** What the id pattern says when a value breaks it (the parser words it by this). */
export const ID_RULE = "ids are 1-64 letters, digits, '_' or '-'";

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, ID_RULE)
  .describe("1-64 letters, digits, '_' or '-'.");

/**
 * An endpoint as the user wrote it (`tcp://127.0.0.1:5555`, `ipc://name.ipc`,
 * `inproc://name`). The schema only bounds its length: checkTopology() explains what
 * is wrong with a malformed one, so the editor can still load and show it.
 */
export const endpointSchema = z
  .string()
  .min(1)
  .max(512)
  .describe("A ZeroMQ endpoint: tcp://127.0.0.1:5555, ipc://name.ipc or inproc://name.");

export const positionSchema = z
  .strictObject({ x: z.number(), y: z.number() })
  .describe("Where the editor draws it, in canvas pixels.");
export type Position = z.infer<typeof positionSchema>;

/** A frame template: `{seq}`, `{socket}`, `{in}`, `{time}`, `{rand:A-B}` are expanded. */
export const frameTemplateSchema = z
  .string()
  .max(4096)
  .describe("A frame template: {seq}, {socket}, {in}, {time} and {rand:A-B} are expanded.");
const framesSchema = z.array(frameTemplateSchema).min(1).max(16);

export const sendBehaviorSchema = z
  .strictObject({
    everyMs: z.number().int().min(0).max(3_600_000),
    frames: framesSchema,
    count: z.number().int().min(1).optional(),
    startAfterMs: z.number().int().min(0).max(3_600_000).optional(),
    /** RADIO only: the group each message goes to. */
    group: z.string().min(1).max(255).optional(),
  })
  .describe(
    "Send a message every everyMs milliseconds, count times (forever without count). More than one frame makes a multipart message; for PUB the first frame is the topic, for ROUTER the routing id of the peer.",
  );

export const replyBehaviorSchema = z
  .strictObject({
    frames: framesSchema,
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .describe("Answer each message received to whoever sent it.");

export const consumeBehaviorSchema = z
  .strictObject({
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .describe("Receive and count; delayMs models a slow consumer.");

export const forwardBehaviorSchema = z
  .strictObject({
    to: idSchema,
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .describe("Relay each message received to another socket (to) of the same process.");

/** What a socket does by itself once deployed; the catalog says which apply to which type. */
export const behaviorSchema = z.strictObject({
  send: sendBehaviorSchema.optional(),
  reply: replyBehaviorSchema.optional(),
  consume: consumeBehaviorSchema.optional(),
  forward: forwardBehaviorSchema.optional(),
});

const hwm = z.number().int().min(0).max(10_000_000);
const ms = z.number().int().min(-1).max(3_600_000);

export const socketOptionsSchema = z
  .strictObject({
    sendHighWaterMark: hwm.optional(),
    receiveHighWaterMark: hwm.optional(),
    linger: ms.optional(),
    immediate: z.boolean().optional(),
    reconnectInterval: ms.optional(),
    reconnectMaxInterval: z.number().int().min(0).max(3_600_000).optional(),
    subscribe: z.array(z.string().max(255)).max(64).optional(),
    join: z.array(z.string().min(1).max(255)).max(64).optional(),
    routingId: z.string().min(1).max(255).optional(),
    conflate: z.boolean().optional(),
    mandatory: z.boolean().optional(),
    handover: z.boolean().optional(),
    probeRouter: z.boolean().optional(),
    relaxed: z.boolean().optional(),
    correlate: z.boolean().optional(),
    noDrop: z.boolean().optional(),
    invertMatching: z.boolean().optional(),
  })
  .describe("Socket options by their zeromq.js names; the catalog says which types take which.");

export const socketSchema = z
  .strictObject({
    id: idSchema,
    type: socketTypeSchema,
    label: z.string().max(200).optional(),
    process: idSchema
      .optional()
      .describe(
        "Sockets with the same process live and die together and may forward to each other.",
      ),
    bind: z.array(endpointSchema).max(32).optional(),
    connect: z
      .array(endpointSchema)
      .max(256)
      .optional()
      .describe("A link exists wherever a connect endpoint equals another socket's bind endpoint."),
    options: socketOptionsSchema.optional(),
    behavior: behaviorSchema.optional(),
    position: positionSchema.optional(),
  })
  .describe("One ZeroMQ socket.");

export const processSchema = z
  .strictObject({
    id: idSchema,
    label: z.string().max(200).optional(),
    position: positionSchema.optional(),
  })
  .describe("A program holding several sockets.");

export const topologySchema = z.strictObject({
  format: z.literal(TOPOLOGY_FORMAT),
  version: z
    .literal(TOPOLOGY_VERSION)
    .describe("Format version; older files are migrated on import."),
  title: z.string().max(200).optional(),
  description: z.string().max(10_000).optional(),
  processes: z.array(processSchema).max(500).optional(),
  sockets: z.array(socketSchema).max(1000),
});

export type SendBehavior = z.infer<typeof sendBehaviorSchema>;
export type ReplyBehavior = z.infer<typeof replyBehaviorSchema>;
export type ConsumeBehavior = z.infer<typeof consumeBehaviorSchema>;
export type ForwardBehavior = z.infer<typeof forwardBehaviorSchema>;
export type Behavior = z.infer<typeof behaviorSchema>;
export type SocketOptions = z.infer<typeof socketOptionsSchema>;
export type SocketSpec = z.infer<typeof socketSchema>;
export type ProcessSpec = z.infer<typeof processSchema>;
export type Topology = z.infer<typeof topologySchema>;
