/** libzmq frees a closed socket's address a little later (reaper thread); retry that long. */
export const REBIND_WINDOW_MS = 1500;

/**
 * When the runtime last closed the binder of each endpoint, for as long as that matters:
 * a bind within REBIND_WINDOW_MS of it retries EADDRINUSE (our own old socket may still
 * hold the address). Entries older than that are dropped whenever one is noted, so a
 * long session that closes thousands of endpoints keeps only the last moment's.
 */
export class ReleasedEndpoints {
  /** In the order they were noted, which is time order: the oldest come first. */
  readonly #at = new Map<string, number>();

  /** The runtime closed the socket that bound `endpoint` at `now`. */
  note(endpoint: string, now: number): void {
    this.#at.delete(endpoint);
    this.#at.set(endpoint, now);
    for (const [old, at] of this.#at) {
      if (at > now - REBIND_WINDOW_MS) break;
      this.#at.delete(old);
    }
  }

  /** Until when a bind of `endpoint` may still meet our own closed socket (-Infinity: never). */
  deadline(endpoint: string): number {
    const at = this.#at.get(endpoint);
    return at === undefined ? -Infinity : at + REBIND_WINDOW_MS;
  }

  get size(): number {
    return this.#at.size;
  }
}
