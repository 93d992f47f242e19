import type { SessionLimits } from "@zmq-playground/shared";

/** Caps of the whole gateway; the session ones are announced to the page in `session:welcome`. */
export interface GatewayLimits extends SessionLimits {
  /** Sessions alive at once, resumable ones included. */
  readonly maxSessions: number;
  /** Events one tick carries at most. */
  readonly maxEventsPerTick: number;
  /** Rough JSON bytes of the samples in one tick: 64 multipart samples could be 250 KB. */
  readonly maxSampleBytesPerTick: number;
  /** Skip ticks while this many bytes wait in the WebSocket's send buffer. */
  readonly maxBufferedBytes: number;
  /** Commands waiting behind the one running, per session. */
  readonly maxPendingCommands: number;
  /** A connection that does not say hello in time is closed. */
  readonly helloTimeoutMs: number;
}

/** The defaults: one person on 127.0.0.1, or a small classroom. */
export const DEFAULT_LIMITS: GatewayLimits = {
  maxSockets: 64,
  maxMessageBytes: 64 * 1024,
  maxSendsPerSecond: 10_000,
  maxClientMessagesPerSecond: 200,
  maxPayloadBytes: 2 * 1024 * 1024,
  tickIntervalMs: 50,
  maxSamplesPerTick: 64,
  resumeGraceMs: 30_000,
  maxSessions: 16,
  maxEventsPerTick: 32,
  maxSampleBytesPerTick: 16 * 1024,
  maxBufferedBytes: 256 * 1024,
  maxPendingCommands: 64,
  helloTimeoutMs: 10_000,
};

/** The part of the limits the page is told about. */
export function announcedLimits(limits: GatewayLimits): SessionLimits {
  return {
    maxSockets: limits.maxSockets,
    maxMessageBytes: limits.maxMessageBytes,
    maxSendsPerSecond: limits.maxSendsPerSecond,
    maxClientMessagesPerSecond: limits.maxClientMessagesPerSecond,
    maxPayloadBytes: limits.maxPayloadBytes,
    tickIntervalMs: limits.tickIntervalMs,
    maxSamplesPerTick: limits.maxSamplesPerTick,
    resumeGraceMs: limits.resumeGraceMs,
  };
}
