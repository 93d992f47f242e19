import { linkId, type LinkStats, type RuntimeTick, type SocketStats } from "@zmq-playground/shared";

/** A socket's exact counters plus smoothed rates (messages per second). */
export type LiveSocket = SocketStats & { sendRate: number; receiveRate: number };
/** A link's exact counters per direction plus smoothed rates (messages per second). */
export type LiveLink = LinkStats & { rateToBinder: number; rateToConnector: number };

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
}

export const EMPTY_LIVE: LiveView = {
  sockets: {},
  links: {},
  tickSeq: 0,
  at: 0,
  lastDroppedSamples: 0,
};

/**
 * Rates are an exponential moving average with this time constant: steady enough to
 * read on a projector, quick enough to fall to zero within a couple of seconds of a pause.
 */
export const RATE_TIME_CONSTANT_MS = 1000;
/** Below this a rate shows as zero (the average never reaches it exactly). */
const RATE_FLOOR = 0.05;

/** The next smoothed rate, given the previous one and how a cumulative counter moved in `dtMs`. */
export function smoothRate(previous: number, before: number, after: number, dtMs: number): number {
  if (dtMs <= 0) return previous;
  // A counter that went down belongs to a socket a redeploy recreated: start again.
  const instant = after >= before ? ((after - before) * 1000) / dtMs : 0;
  const alpha = 1 - Math.exp(-dtMs / RATE_TIME_CONSTANT_MS);
  const next = previous + alpha * (instant - previous);
  return next < RATE_FLOOR ? 0 : next;
}

/** The live view after one tick: exact counters copied, rates smoothed against the previous tick. */
export function applyTickToLive(previous: LiveView, tick: RuntimeTick): LiveView {
  // `at` restarts at a fresh deploy; then there is no interval to measure a rate over.
  const dt = tick.at - previous.at;
  const sockets: Record<string, LiveSocket> = {};
  for (const s of tick.sockets) {
    const old = previous.sockets[s.id];
    sockets[s.id] = {
      ...s,
      sendRate: smoothRate(old?.sendRate ?? 0, old?.sent ?? 0, s.sent, dt),
      receiveRate: smoothRate(old?.receiveRate ?? 0, old?.received ?? 0, s.received, dt),
    };
  }
  const links: Record<string, LiveLink> = {};
  for (const l of tick.links) {
    const id = linkId(l.connector, l.endpoint);
    const old = previous.links[id];
    links[id] = {
      ...l,
      rateToBinder: smoothRate(old?.rateToBinder ?? 0, old?.toBinder ?? 0, l.toBinder, dt),
      rateToConnector: smoothRate(
        old?.rateToConnector ?? 0,
        old?.toConnector ?? 0,
        l.toConnector,
        dt,
      ),
    };
  }
  return {
    sockets,
    links,
    tickSeq: tick.seq,
    at: tick.at,
    lastDroppedSamples: tick.droppedSamples,
  };
}

/** Append to a bounded list, keeping the newest `limit` entries (newest last). */
export function appendBounded<T>(list: T[], added: readonly T[], limit: number): T[] {
  if (added.length === 0 && list.length <= limit) return list;
  const all = list.concat(added);
  return all.length > limit ? all.slice(all.length - limit) : all;
}
