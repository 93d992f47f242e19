/** The timers of one life of a socket: closing it cancels them all (they resolve false). */
export class LifeTimers {
  readonly #entries = new Set<{ timer: NodeJS.Timeout; done: (fired: boolean) => void }>();

  /** Resolves true after `ms` milliseconds, or false if cancelled first. */
  sleep(ms: number): Promise<boolean> {
    return new Promise((done) => {
      const entry = {
        timer: setTimeout(() => {
          this.#entries.delete(entry);
          done(true);
        }, ms),
        done,
      };
      this.#entries.add(entry);
    });
  }

  cancelAll(): void {
    for (const entry of this.#entries) {
      clearTimeout(entry.timer);
      entry.done(false);
    }
    this.#entries.clear();
  }
}
