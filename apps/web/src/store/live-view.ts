import { linkId, type LinkStats, type RuntimeTick, type SocketStats } from "@zmq-playground/shared";

/** A socket's exact counters plus smoothed rates (messages per second). */
export type LiveSocket = SocketStats & { sendRate: number; receiveRate: number };
/** A link's exact counters per direction plus smoothed rates (messages per second). */
export type LiveLink = LinkStats & { rateToBinder: number; rateToConnector: number };

/** Cumulative counters at one tick, keyed by `counterKey`; rates are measured between these. */
interface CounterSnapshot {
  at: number;
  counts: Map<string, number>;
}

/** The counters of the running topology, as of the last tick. */
export interface LiveView {
  sockets: Record<string, LiveSocket>;
  /** Keyed by `linkId(connector, endpoint)`. */
  links: Record<string, LiveLink>;
  tickSeq: number;
  /** The last tick's `at`: milliseconds since the topology was deployed. */
  at: number;
  /** Samples the last tick left out: the animation cannot show every message. */
  lastDroppedSamples: number;
  /** The recent ticks' counters (oldest first), spanning a little more than `RATE_WINDOW_MS`. */
  history: CounterSnapshot[];
}

export const EMPTY_LIVE: LiveView = {
  sockets: {},
  links: {},
  tickSeq: 0,
  at: 0,
  lastDroppedSamples: 0,
  history: [],
};

/**
 * A rate is the messages counted over the last two seconds, divided by the time: steady
 * enough to read on a projector, and exactly zero two seconds after traffic stops (a pause).
 */
export const RATE_WINDOW_MS = 2000;

type Counter = "sent" | "received" | "toBinder" | "toConnector";
const counterKey = (id: string, counter: Counter) => `${counter}\u0000${id}`;

/** Messages per second of one counter between the window's first snapshot and now. */
function rateOf(base: CounterSnapshot | undefined, key: string, now: number, at: number): number {
  if (!base || at <= base.at) return 0;
  const before = base.counts.get(key) ?? 0;
  // A counter that went down belongs to a socket a redeploy recreated: no rate yet.
  return now >= before ? ((now - before) * 1000) / (at - base.at) : 0;
}

/** The snapshots still needed: those inside the window, plus the last one before it (the baseline). */
function trimHistory(history: CounterSnapshot[], at: number): CounterSnapshot[] {
  const from = at - RATE_WINDOW_MS;
  let first = 0;
  while (first + 1 < history.length && (history[first + 1]?.at ?? Infinity) <= from) first += 1;
  return history.slice(first);
}

/**
 * The previous entry when nothing in it changed: a quiet socket or link keeps its
 * object, so its component does not re-render on every tick.
 */
function sameValues<T extends object>(old: T | undefined, next: T): T | undefined {
  if (!old) return undefined;
  for (const key of Object.keys(next)) {
    if (Reflect.get(old, key) !== Reflect.get(next, key)) return undefined;
  }
  return old;
}

/** The live view after one tick: exact counters copied, rates measured over the last two seconds. */
export function applyTickToLive(previous: LiveView, tick: RuntimeTick): LiveView {
  // `at` restarts at a fresh deploy: older counters measure nothing any more.
  const kept = tick.at >= previous.at ? previous.history : [];
  const start: CounterSnapshot = { at: 0, counts: new Map() };
  const history = trimHistory(kept.length > 0 ? kept : [start], tick.at);
  const base = history[0];
  const counts = new Map<string, number>();
  const measure = (id: string, counter: Counter, value: number) => {
    const key = counterKey(id, counter);
    counts.set(key, value);
    return rateOf(base, key, value, tick.at);
  };
  const sockets: Record<string, LiveSocket> = {};
  for (const s of tick.sockets) {
    const next = {
      ...s,
      sendRate: measure(s.id, "sent", s.sent),
      receiveRate: measure(s.id, "received", s.received),
    };
    sockets[s.id] = sameValues(previous.sockets[s.id], next) ?? next;
  }
  const links: Record<string, LiveLink> = {};
  for (const l of tick.links) {
    const id = linkId(l.connector, l.endpoint);
    const next = {
      ...l,
      rateToBinder: measure(id, "toBinder", l.toBinder),
      rateToConnector: measure(id, "toConnector", l.toConnector),
    };
    links[id] = sameValues(previous.links[id], next) ?? next;
  }
  return {
    sockets,
    links,
    tickSeq: tick.seq,
    at: tick.at,
    lastDroppedSamples: tick.droppedSamples,
    history: [...history, { at: tick.at, counts }],
  };
}

/** Append to a bounded list, keeping the newest `limit` entries (newest last). */
export function appendBounded<T>(list: T[], added: readonly T[], limit: number): T[] {
  if (added.length === 0 && list.length <= limit) return list;
  const all = list.concat(added);
  return all.length > limit ? all.slice(all.length - limit) : all;
}
