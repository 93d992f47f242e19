/** How long after a stepped send its message may still pass the gate by itself. */
const STEP_DELIVERY_MS = 1000;

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
  /** A step released a send: let the message it causes through too, if it comes soon. */
  #deliverUntil = 0;

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
    this.#deliverUntil = 0;
  }

  resume(): void {
    this.#paused = false;
    this.#deliverUntil = 0;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.release();
  }

  /** Resolves when the loop may go on: on resume, on a step that picks it, or on drop(). */
  hold(kind: HeldKind, owner: object): Promise<void> {
    if (kind === "message" && performance.now() < this.#deliverUntil) {
      this.#deliverUntil = 0;
      return Promise.resolve();
    }
    return new Promise((release) => this.#waiters.push({ kind, owner, release }));
  }

  /**
   * Let exactly one message through: the oldest one a receive loop holds; else the
   * oldest due send, and then the message it produces when a socket receives it (within
   * STEP_DELIVERY_MS), so one step moves one message from sender to receiver. False when
   * nothing was waiting.
   */
  step(): boolean {
    if (!this.#paused) return false;
    const held = this.#take("message");
    if (held) {
      held.release();
      return true;
    }
    const send = this.#take("send");
    if (!send) return false;
    this.#deliverUntil = performance.now() + STEP_DELIVERY_MS;
    send.release();
    return true;
  }

  #take(kind: HeldKind): Waiter | undefined {
    const index = this.#waiters.findIndex((w) => w.kind === kind);
    return index < 0 ? undefined : this.#waiters.splice(index, 1)[0];
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
