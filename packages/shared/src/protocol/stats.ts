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
