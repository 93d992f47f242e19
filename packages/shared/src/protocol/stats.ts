import { z } from "zod";
import { diagnosticSchema } from "../topology/diagnostics.js";

/** A link's connection state, driven by the connecting side's monitor (ZEROMQ_NOTES §4). */
export const LINK_STATES = [
  "connecting",
  "connected",
  "retrying",
  "disconnected",
  "rejected",
] as const;
export const linkStateSchema = z.enum(LINK_STATES);
export type LinkState = z.infer<typeof linkStateSchema>;

/** Counters of one socket. A multipart message counts once. */
export const socketStatsSchema = z.object({
  id: z.string(),
  sent: z.number().int().min(0),
  received: z.number().int().min(0),
  errors: z.number().int().min(0),
  /**
   * A send has been waiting for more than about 200 ms: every peer's queue is at its
   * high-water mark, or no peer is connected. False again as soon as it goes. Given for
   * sockets that can send; absent from older gateways.
   */
  blocked: z.boolean().optional(),
  /**
   * True while the socket's process is killed (closed by a `process:kill`, until
   * `process:restart`). Absent otherwise, and from older gateways.
   */
  killed: z.literal(true).optional(),
});
export type SocketStats = z.infer<typeof socketStatsSchema>;

/** Counters of one link, split by the direction messages really went. */
export const linkStatsSchema = z.object({
  connector: z.string(),
  endpoint: z.string(),
  binder: z.string().nullable(),
  state: linkStateSchema,
  toBinder: z.number().int().min(0),
  toConnector: z.number().int().min(0),
  /**
   * Messages a socket sent over this link that its peer never received (both directions
   * added): a PUB dropping at the high-water mark or before the subscription arrived,
   * messages lost with a killed socket's queue. Counted from gaps in the sender's trace
   * trailer sequence, so present only where every message of the sender must take this
   * link and carries a trailer (not round robin over several peers, not a topic
   * subset, not from a ROUTER, SERVER or RADIO); absent means "cannot tell", not zero.
   * Losses after the last message that arrived count once both ends have been quiet
   * for half a second.
   */
  dropped: z.number().int().min(0).optional(),
});
export type LinkStats = z.infer<typeof linkStatsSchema>;

/** The document `cli run --json` prints (DESIGN.md, CLI). */
export const runStatsSchema = z.object({
  ok: z.boolean(),
  durationMs: z.number().int().min(0),
  sockets: z.array(socketStatsSchema),
  links: z.array(linkStatsSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type RunStats = z.infer<typeof runStatsSchema>;
