import type { RuntimeTick } from "@zmq-playground/shared";

/** The store takes at most this many ticks a second, so the canvas re-renders at most that often. */
export const TICK_FLUSH_MS = 100;

/** Merge two ticks: counters are cumulative (the later one wins), samples and events add up. */
export function mergeTicks(earlier: RuntimeTick, later: RuntimeTick): RuntimeTick {
  return {
    ...later,
    samples: earlier.samples.concat(later.samples),
    droppedSamples: earlier.droppedSamples + later.droppedSamples,
    events: earlier.events.concat(later.events),
    droppedEvents: earlier.droppedEvents + later.droppedEvents,
  };
}

/**
 * The gateway ticks about every 50 ms; the page applies ticks at most every
 * `TICK_FLUSH_MS`, merging those in between. Nothing is lost: counters are cumulative,
 * samples and events are concatenated.
 */
export class TickCoalescer {
  #pending: RuntimeTick | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastFlush = -Infinity;

  constructor(
    private readonly emit: (tick: RuntimeTick) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(tick: RuntimeTick): void {
    this.#pending = this.#pending ? mergeTicks(this.#pending, tick) : tick;
    const wait = this.#lastFlush + TICK_FLUSH_MS - this.now();
    if (wait <= 0) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Hand on what is pending now (before any other message, to keep the order). */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const tick = this.#pending;
    this.#pending = null;
    if (!tick) return;
    this.#lastFlush = this.now();
    this.emit(tick);
  }

  /** Drop what is pending (the connection closed). */
  clear(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
  }
}
