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
 * Caps one socket's behaviour sends per second: at most `maxPerSecond` sends in any
 * window that starts with a send. The clock is read only when a window's quota is used
 * up, so a send costs a comparison and an addition.
 */
export class SendRateLimiter {
  #windowStart = -Infinity;
  #count = 0;

  constructor(
    private readonly maxPerSecond: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds to wait before the next send may go; 0 when it may go now (counted). */
  delayBeforeNext(): number {
    if (this.#count < this.maxPerSecond) {
      this.#count += 1;
      if (this.#count === 1) this.#windowStart = this.now();
      return 0;
    }
    const now = this.now();
    if (now - this.#windowStart < 1000) return this.#windowStart + 1000 - now;
    this.#windowStart = now;
    this.#count = 1;
    return 0;
  }
}
