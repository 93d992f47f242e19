import type { RuntimeTick, ServerMessage, Topology } from "@zmq-playground/shared";
import {
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type Recording,
  type RecordingFrame,
} from "./schema.js";

/**
 * How big a recording may grow. Ten minutes covers any lesson; the byte cap keeps a busy
 * topology's file small enough to host and to load in a browser (samples dominate it, so
 * each tick keeps a bounded, evenly spread share of its samples; counters stay exact).
 */
export interface RecorderLimits {
  readonly maxDurationMs: number;
  readonly maxFrames: number;
  readonly maxBytes: number;
  readonly maxSamplesPerFrame: number;
}

export const RECORDER_LIMITS: RecorderLimits = {
  maxDurationMs: 10 * 60_000,
  maxFrames: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxSamplesPerFrame: 40,
};

/** The limit that ended a recording early. */
export type RecorderLimit = "duration" | "frames" | "size";

/** The server messages a recording keeps: the run's telemetry, not the session's chatter. */
const RECORDED = new Set<ServerMessage["type"]>([
  "runtime:state",
  "runtime:tick",
  "topology:diagnostics",
]);

/** At most `max` samples of a tick, spread evenly over it; the rest count as dropped. */
function thinned(tick: RuntimeTick, max: number): RuntimeTick {
  const { samples } = tick;
  if (samples.length <= max) return tick;
  const step = samples.length / max;
  const kept = Array.from({ length: max }, (_, i) => samples[Math.floor(i * step)]).filter(
    (s) => s !== undefined,
  );
  return {
    ...tick,
    samples: kept,
    droppedSamples: tick.droppedSamples + samples.length - kept.length,
  };
}

/**
 * Collects what the page receives while recording, with the time it came, until it is
 * finished or a limit is reached. Pure apart from the clock readings it is given.
 */
export class Recorder {
  readonly #frames: RecordingFrame[] = [];
  #bytes = 0;
  #stoppedBy: RecorderLimit | null = null;

  constructor(
    readonly topology: Topology,
    /** When recording started, in `Date.now()` milliseconds. */
    readonly startedAt: number,
    private readonly limits: RecorderLimits = RECORDER_LIMITS,
  ) {}

  /** The limit that stopped the recording, or null while it still records. */
  get stoppedBy(): RecorderLimit | null {
    return this.#stoppedBy;
  }

  get frameCount(): number {
    return this.#frames.length;
  }

  /** Estimated size of the saved file, in bytes. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Keep a message received at `now` (telemetry only; other messages are ignored).
   * Returns the limit that stopped the recording, if this message hit one.
   */
  add(message: ServerMessage, now: number): RecorderLimit | null {
    if (this.#stoppedBy !== null || !RECORDED.has(message.type)) return this.#stoppedBy;
    const t = Math.max(0, Math.round(now - this.startedAt));
    const kept =
      message.type === "runtime:tick" ? thinned(message, this.limits.maxSamplesPerFrame) : message;
    const frame: RecordingFrame = { t, message: kept };
    const size = JSON.stringify(frame).length + 6;
    if (t > this.limits.maxDurationMs) this.#stoppedBy = "duration";
    else if (this.#frames.length >= this.limits.maxFrames) this.#stoppedBy = "frames";
    else if (this.#bytes + size > this.limits.maxBytes) this.#stoppedBy = "size";
    else {
      this.#frames.push(frame);
      this.#bytes += size;
    }
    return this.#stoppedBy;
  }

  /** The recording document, ending at `now` (or at the limit that stopped it). */
  finish(now: number): Recording {
    const last = this.#frames.at(-1)?.t ?? 0;
    const end = Math.min(Math.round(now - this.startedAt), this.limits.maxDurationMs);
    return {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      topology: this.topology,
      startedAt: new Date(this.startedAt).toISOString(),
      durationMs: Math.max(last, end),
      frames: [...this.#frames],
    };
  }
}
