import type { TimerHandle, Timers } from "./link-state.js";

/**
 * How long the two halves of one handshake may be apart. Both ends of a connection
 * between two gateway sockets ask ZAP within about a millisecond of each other.
 */
export const MATCH_WINDOW_MS = 500;
/** A connector's ZAP this late may still explain a connection already called outside. */
const LATE_MATCH_MS = 5_000;

/**
 * Who is connected to one tcp/ipc endpoint a gateway socket binds: its in-topology
 * connectors, or also an outside program. Decides whether the binder may append trace
 * trailers (only when no outside peer can receive them).
 *
 * Every gateway socket sets a ZAP domain per endpoint, so libzmq asks the gateway before
 * each tcp/ipc handshake completes, on both ends. A binder-side request is an
 * in-topology connection when the connector's request for the same endpoint arrives
 * within MATCH_WINDOW_MS; otherwise it is an outside program, and the binder turns
 * clean *before* the handshake is allowed to finish. The monitor's `accept` comes too
 * late for that: it is asynchronous, and the first message can beat it (measured).
 */
export class EndpointPeers {
  inTopology = 0;
  outside = 0;
  /** After guessing which connection left, stay clean until the monitor totals agree. */
  suspect = false;
  #accepts = 0;
  #disconnects = 0;
  #credits: number[] = [];
  #dropCredits: number[] = [];
  #lateOutside: number[] = [];
  #pending: { release: () => void; timer: TimerHandle | null }[] = [];
  #pendingDrops: TimerHandle[] = [];
  #timers = new Set<TimerHandle>();

  constructor(
    private readonly timers: Timers,
    private readonly now: () => number,
    /** Whether any in-topology socket is (alive and) connecting to this endpoint. */
    private readonly expectsConnectors: () => boolean,
    private readonly onChange: () => void,
    /**
     * Resolves when the binder has no message with a trailer left inside zeromq.js (see
     * SocketNode.tracedSendsSettled); an outside handshake completes only after that.
     */
    private readonly settled: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** True while an outside program may receive what the binder sends. */
  get hasOutside(): boolean {
    return this.outside > 0 || this.suspect;
  }

  /** A handshake on the binder's side; resolves when it may complete. */
  binderZap(): Promise<void> {
    if (this.#takeFresh(this.#credits)) {
      this.inTopology += 1;
      return Promise.resolve();
    }
    if (!this.expectsConnectors()) {
      this.#markOutside();
      return this.settled();
    }
    return new Promise((release) => {
      const entry: { release: () => void; timer: TimerHandle | null } = { release, timer: null };
      entry.timer = this.#after(MATCH_WINDOW_MS, () => {
        // A busy event loop may fire this timer before the ZAP router has read the
        // connector's half, which may be waiting already: decide one turn later, after
        // the poll phase has delivered it.
        entry.timer = this.#after(0, () => {
          this.#pending = this.#pending.filter((p) => p !== entry);
          this.#markOutside();
          void this.settled().then(release);
        });
      });
      this.#pending.push(entry);
    });
  }

  /** A handshake on an in-topology connector's side of this endpoint. */
  connectorZap(): void {
    const waiting = this.#pending.shift();
    if (waiting) {
      if (waiting.timer) this.#cancel(waiting.timer);
      this.inTopology += 1;
      waiting.release();
      return;
    }
    const at = this.now();
    this.#credits.push(at);
    // A credit nobody takes explains a binder-side handshake that was called outside
    // because this half came late (a busy event loop).
    this.#after(MATCH_WINDOW_MS, () => {
      const index = this.#credits.indexOf(at);
      if (index < 0) return;
      this.#credits.splice(index, 1);
      if (this.outside > 0 && this.#takeFresh(this.#lateOutside, LATE_MATCH_MS)) {
        this.outside -= 1;
        this.inTopology += 1;
        this.onChange();
      }
    });
  }

  /** The binder's monitor saw a connection accepted. */
  accepted(): void {
    this.#accepts += 1;
    this.#recheck();
  }

  /** The binder's monitor saw a connection end; which one is not said. */
  disconnected(): void {
    this.#disconnects += 1;
    if (this.#takeFresh(this.#dropCredits)) {
      this.inTopology = Math.max(0, this.inTopology - 1);
      this.#recheck();
      return;
    }
    const timer = this.#after(MATCH_WINDOW_MS, () => {
      this.#pendingDrops = this.#pendingDrops.filter((t) => t !== timer);
      // No in-topology connector lost a connection: an outside program left (or a
      // connection that never handshook). Stay clean until the totals confirm it.
      if (this.outside > 0) {
        this.outside -= 1;
        this.suspect = true;
      }
      this.#recheck();
      this.onChange();
    });
    this.#pendingDrops.push(timer);
  }

  /** An in-topology connector of this endpoint lost its connection (or was closed). */
  connectorDropped(): void {
    const timer = this.#pendingDrops.shift();
    if (timer !== undefined) {
      this.#cancel(timer);
      this.inTopology = Math.max(0, this.inTopology - 1);
      this.#recheck();
      return;
    }
    this.#dropCredits.push(this.now());
  }

  /** Release every waiting handshake and stop all timers (the binder is closing). */
  dispose(): void {
    for (const timer of this.#timers) this.timers.clear(timer);
    this.#timers.clear();
    for (const p of this.#pending) p.release();
    this.#pending = [];
  }

  #markOutside(): void {
    this.outside += 1;
    this.#lateOutside.push(this.now());
    this.onChange();
  }

  #recheck(): void {
    if (this.suspect && this.#accepts - this.#disconnects <= this.inTopology + this.outside) {
      this.suspect = false;
      this.onChange();
    }
  }

  /** Remove and report the oldest entry younger than `maxAge`; drop the stale ones. */
  #takeFresh(list: number[], maxAge = MATCH_WINDOW_MS): boolean {
    const limit = this.now() - maxAge;
    while (list.length > 0 && (list[0] ?? 0) < limit) list.shift();
    return list.shift() !== undefined;
  }

  #after(ms: number, fn: () => void): TimerHandle {
    const timer = this.timers.set(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  #cancel(timer: TimerHandle): void {
    this.timers.clear(timer);
    this.#timers.delete(timer);
  }
}
