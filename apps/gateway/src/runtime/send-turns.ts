/**
 * One send at a time per socket (a second pending send makes zeromq.js throw EBUSY), and
 * whether the send in progress carries a trace trailer. Behaviours, relays and manual
 * sends share a socket through this.
 */
export class SendTurns {
  #busy = false;
  #queue: (() => void)[] = [];
  #traced = false;
  #settledWaiters: (() => void)[] = [];

  /** Take the turn if nobody has it: the common case costs no promise. */
  tryTake(): boolean {
    if (this.#busy) return false;
    this.#busy = true;
    return true;
  }

  /** Resolves holding the turn, after the senders before this one. */
  wait(): Promise<void> {
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  /** The send of the current turn carries a trailer. */
  markTraced(): void {
    this.#traced = true;
  }

  /** Whether the send of the current turn carries a trailer. */
  get carriesTrailer(): boolean {
    return this.#traced;
  }

  /** The current send settled: hand the turn to the next sender, if any. */
  pass(): void {
    this.#traced = false;
    if (this.#settledWaiters.length > 0) for (const done of this.#settledWaiters.splice(0)) done();
    const next = this.#queue.shift();
    if (next) next();
    else this.#busy = false;
  }

  /** Resolves once no send with a trailer is in progress. */
  tracedSettled(): Promise<void> {
    if (!this.#traced) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }
}
