import type { Diagnostic, RuntimeEvent, RuntimeTick } from "@zmq-playground/shared";
import type { RuntimeListener, RuntimeSnapshot } from "../runtime/types.js";
import { SampleBuffer } from "./sample-buffer.js";

/** How often an unchanged, idle topology still gets a tick, so the page sees it is alive. */
const IDLE_TICK_MS = 1000;
/** Runtime diagnostics one tick passes on; a failing loop must not flood the page. */
const MAX_DIAGNOSTICS_PER_TICK = 20;

/**
 * Collects what the runtime reports between ticks and turns it into one bounded
 * `runtime:tick`. What a skipped tick held is counted in the next one's `dropped*`.
 */
export class TickBatcher {
  readonly listener: RuntimeListener;
  readonly #samples: SampleBuffer;
  #events: RuntimeEvent[] = [];
  #droppedEvents = 0;
  #diagnostics: Diagnostic[] = [];
  #carriedSamples = 0;
  #seq = 0;
  #lastCounters = "";
  #lastSentAt = -Infinity;

  constructor(private readonly caps: { samples: number; sampleBytes: number; events: number }) {
    this.#samples = new SampleBuffer(caps.samples, caps.sampleBytes);
    this.listener = {
      wantsSample: (link, to) => this.#samples.wants(link, to),
      onSample: (sample) => this.#samples.add(sample),
      onEvent: (event) => {
        if (this.#events.length < this.caps.events) this.#events.push(event);
        else this.#droppedEvents += 1;
      },
      onDiagnostic: (diagnostic) => {
        if (this.#diagnostics.length < MAX_DIAGNOSTICS_PER_TICK) this.#diagnostics.push(diagnostic);
      },
    };
  }

  /** Diagnostics the runtime raised since the last call. */
  takeDiagnostics(): Diagnostic[] {
    const taken = this.#diagnostics;
    this.#diagnostics = [];
    return taken;
  }

  /**
   * The tick to send now, or null when nothing changed lately. `at` is milliseconds since
   * deploy; `now` a monotonic clock for the idle rule. `force` sends even an idle tick.
   */
  next(snapshot: RuntimeSnapshot, at: number, now: number, force = false): RuntimeTick | null {
    const counters = JSON.stringify(snapshot);
    const idle =
      this.#events.length === 0 && this.#droppedEvents === 0 && counters === this.#lastCounters;
    const { samples, dropped } = this.#samples.drain();
    if (!force && idle && samples.length === 0 && now - this.#lastSentAt < IDLE_TICK_MS) {
      this.#carriedSamples += dropped;
      return null;
    }
    const tick: RuntimeTick = {
      type: "runtime:tick",
      seq: this.#seq,
      at: Math.max(0, Math.round(at)),
      sockets: snapshot.sockets,
      links: snapshot.links,
      samples,
      droppedSamples: dropped + this.#carriedSamples,
      events: this.#events,
      droppedEvents: this.#droppedEvents,
    };
    this.#seq += 1;
    this.#events = [];
    this.#droppedEvents = 0;
    this.#carriedSamples = 0;
    this.#lastCounters = counters;
    this.#lastSentAt = now;
    return tick;
  }

  /** No tick can be sent now (backpressure, no page attached): count what it would have carried. */
  discard(): void {
    const { samples, dropped } = this.#samples.drain();
    this.#carriedSamples += samples.length + dropped;
    this.#droppedEvents += this.#events.length;
    this.#events = [];
  }
}
