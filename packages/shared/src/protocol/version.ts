import { z } from "zod";

/**
 * The wire protocol's version. Bump it on any change a peer of the previous version would
 * misread; the handshake (`session:hello` / `session:welcome`) refuses a mismatch instead
 * of half-working.
 */
export const PROTOCOL_VERSION = 1;

/** Why the gateway refused a handshake (`session:incompatible`), as tldraw does it. */
export const INCOMPATIBILITY_REASONS = {
  /** The page speaks an older protocol: reload it to get the gateway's build. */
  clientTooOld: "client-too-old",
  /** The page speaks a newer protocol than this gateway: restart the gateway. */
  serverTooOld: "server-too-old",
  /** The gateway listens beyond loopback and the access token was missing or wrong. */
  forbidden: "forbidden",
  /** The gateway already runs as many sessions as it allows. */
  tooManySessions: "too-many-sessions",
} as const;
export type IncompatibilityReason =
  (typeof INCOMPATIBILITY_REASONS)[keyof typeof INCOMPATIBILITY_REASONS];
export const incompatibilityReasonSchema = z.enum(Object.values(INCOMPATIBILITY_REASONS));

/** The caps a session runs under, announced in `session:welcome` so the page can respect them. */
export const sessionLimitsSchema = z.object({
  /** Sockets one topology may have. */
  maxSockets: z.number().int().min(0),
  /** Bytes of one message (all frames together) a socket may send. */
  maxMessageBytes: z.number().int().min(0),
  /** Messages per second a behaviour may send, per socket. */
  maxSendsPerSecond: z.number().min(0),
  /** Protocol messages per second the page may send to the gateway. */
  maxClientMessagesPerSecond: z.number().min(0),
  /** Bytes of one WebSocket message from the page. */
  maxPayloadBytes: z.number().int().min(0),
  /** How often `runtime:tick` arrives while a topology runs. */
  tickIntervalMs: z.number().int().min(1),
  /** Message samples one tick carries at most. */
  maxSamplesPerTick: z.number().int().min(0),
  /** How long a dropped connection's session waits to be resumed. */
  resumeGraceMs: z.number().int().min(0),
});
export type SessionLimits = z.infer<typeof sessionLimitsSchema>;
