import type { RuntimeLimits } from "./types.js";

/** Per-session caps (DESIGN.md, Security and limits). */
export const DEFAULT_LIMITS: RuntimeLimits = {
  maxSockets: 200,
  maxMessageBytes: 1024 * 1024,
  maxSendsPerSecond: 10_000,
};

/** The defaults with whatever the caller set; `Infinity` switches a cap off. */
export function resolveLimits(limits: Partial<RuntimeLimits> | undefined): RuntimeLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/**
 * Caps one socket's behaviour sends per second. Counting within a one-second window
 * keeps the per-message cost to a comparison and an addition.
 */
export class SendRateLimiter {
  #windowStart = 0;
  #count = 0;

  constructor(
    private readonly maxPerSecond: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds to wait before the next send may go; 0 when it may go now. */
  delayBeforeNext(): number {
    if (this.maxPerSecond === Infinity) return 0;
    const now = this.now();
    if (now - this.#windowStart >= 1000) {
      this.#windowStart = now;
      this.#count = 0;
    }
    if (this.#count < this.maxPerSecond) {
      this.#count += 1;
      return 0;
    }
    return this.#windowStart + 1000 - now;
  }
}
