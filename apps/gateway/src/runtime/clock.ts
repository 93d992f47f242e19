/**
 * `performance.now()` read at most once per event-loop turn. zeromq.js settles every
 * ready send and receive of a socket in one batch, so a busy socket handles many
 * messages in one turn; what those messages need a time for (a sample's `at`, when a
 * send began to wait) is fine with the turn's time, and the hot path skips the clock.
 */
export class TurnClock {
  #now = -1;
  readonly #expire = (): void => {
    this.#now = -1;
  };

  now(): number {
    if (this.#now < 0) {
      this.#now = performance.now();
      setImmediate(this.#expire);
    }
    return this.#now;
  }
}
