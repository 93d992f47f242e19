import type { ServerMessage } from "@zmq-playground/shared";
import type { Runtime, RuntimeListener } from "../runtime/types.js";
import type { GatewayLimits } from "./limits.js";
import type { RunState } from "./run-state.js";
import type { SessionSocket } from "./socket.js";
import { TickBatcher } from "./tick-batcher.js";

/** Runtime diagnostics kept for a page that resumes; beyond that, a loop is just repeating. */
const MAX_KEPT_DIAGNOSTICS = 200;

/** What the ticker needs from its session. */
export interface TickerHost {
  readonly runtime: Runtime;
  readonly limits: GatewayLimits;
  readonly run: RunState;
  readonly socket: SessionSocket | null;
  send(message: ServerMessage): void;
  fail(what: string, error: unknown): void;
}

/** Sends `runtime:tick` every tick interval while a topology runs, never faster than the page reads. */
export class Ticker {
  readonly #batcher: TickBatcher;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly host: TickerHost,
    private readonly now: () => number,
  ) {
    const { maxSamplesPerTick, maxSampleBytesPerTick, maxEventsPerTick } = host.limits;
    this.#batcher = new TickBatcher({
      samples: maxSamplesPerTick,
      sampleBytes: maxSampleBytesPerTick,
      events: maxEventsPerTick,
    });
  }

  /** Subscribe this to the runtime: it only buffers, bounded, until the next tick. */
  get listener(): RuntimeListener {
    return this.#batcher.listener;
  }

  /** Start ticking (no-op if already); `fresh` forgets what piled up before this deploy. */
  start(fresh: boolean): void {
    if (fresh) this.#batcher.discard();
    this.#timer ??= setInterval(() => this.tick(), this.host.limits.tickIntervalMs);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Send what happened since the last tick; `force` sends even an idle or backpressured one. */
  tick(force = false): void {
    const { host } = this;
    try {
      const fresh = this.#batcher.takeDiagnostics();
      if (fresh.length > 0) {
        host.run.diagnostics = [...host.run.diagnostics, ...fresh].slice(0, MAX_KEPT_DIAGNOSTICS);
      }
      const socket = host.socket;
      // Under backpressure the page reads slower than we tick: drop the tick rather than
      // queue without bound. Counters are cumulative, so the next tick loses nothing.
      if (!socket || (!force && socket.bufferedAmount > host.limits.maxBufferedBytes)) {
        this.#batcher.discard();
        return;
      }
      if (fresh.length > 0)
        host.send({ type: "topology:diagnostics", source: "runtime", diagnostics: fresh });
      const now = this.now();
      const tick = this.#batcher.next(
        host.runtime.snapshot(),
        now - host.run.deployedAt,
        now,
        force,
      );
      if (tick) host.send(tick);
    } catch (error) {
      host.fail("tick", error);
    }
  }
}
