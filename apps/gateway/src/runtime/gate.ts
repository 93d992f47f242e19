/** What a paused loop is holding back: a received message, or a send whose time came. */
export type HeldKind = "message" | "send";

interface Waiter {
  readonly kind: HeldKind;
  readonly owner: object;
  readonly release: () => void;
}

/**
 * Pause, step and slow motion for every behaviour of a runtime. While paused, loops stop
 * at the gate: receive loops hold at most the one message they already took, so the rest
 * piles up in ZeroMQ's queues as it would if the programs stopped reading.
 */
export class Gate {
  #paused = false;
  #speed = 1;
  #waiters: Waiter[] = [];

  get paused(): boolean {
    return this.#paused;
  }

  get speed(): number {
    return this.#speed;
  }

  /** 1 is real time; 0.1 makes every timer and delay ten times longer. */
  setSpeed(factor: number): void {
    if (Number.isFinite(factor) && factor > 0) this.#speed = factor;
  }

  /** A behaviour delay in real milliseconds at the current speed. */
  scale(ms: number): number {
    return this.#speed === 1 ? ms : ms / this.#speed;
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.release();
  }

  /** Resolves when the loop may go on: on resume, on a step that picks it, or on drop(). */
  hold(kind: HeldKind, owner: object): Promise<void> {
    return new Promise((release) => this.#waiters.push({ kind, owner, release }));
  }

  /**
   * Let exactly one held item through: the oldest received message, else the oldest due
   * send. False when nothing was waiting.
   */
  step(): boolean {
    if (!this.#paused) return false;
    let index = this.#waiters.findIndex((w) => w.kind === "message");
    if (index < 0) index = this.#waiters.findIndex((w) => w.kind === "send");
    const [waiter] = index < 0 ? [] : this.#waiters.splice(index, 1);
    waiter?.release();
    return waiter !== undefined;
  }

  /** Release the loops of a socket that is closing; they see it and end. */
  drop(owner: object): void {
    const mine = this.#waiters.filter((w) => w.owner === owner);
    this.#waiters = this.#waiters.filter((w) => w.owner !== owner);
    for (const w of mine) w.release();
  }

  /** Back to running at real time (after teardown). */
  reset(): void {
    this.#speed = 1;
    this.resume();
  }
}
