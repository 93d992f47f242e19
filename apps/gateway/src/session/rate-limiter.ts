/**
 * A token bucket: `perSecond` messages a second on average, bursts up to one second's
 * worth. Counts every message, parsed or not, so garbage cannot flood either.
 */
export class RateLimiter {
  #tokens: number;
  #last: number;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#tokens = perSecond;
    this.#last = now();
  }

  /** True if one more message is allowed now (and takes its token). */
  take(): boolean {
    const now = this.now();
    this.#tokens = Math.min(
      this.perSecond,
      this.#tokens + ((now - this.#last) / 1000) * this.perSecond,
    );
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
