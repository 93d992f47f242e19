import type { RunStats } from "../protocol/stats.js";
import type { SocketSpec, Topology } from "../topology/schema.js";
import { resolveTopology, type TopologyRef } from "./topologies.js";

/** RunStats for tests: `[sent, received]` per socket and `[connector, binder, toBinder, toConnector]` per link. */
export function runStats(
  sockets: Record<string, [number, number]>,
  links: [string, string, number, number][] = [],
  durationMs = 5000,
): RunStats {
  return {
    ok: true,
    durationMs,
    sockets: Object.entries(sockets).map(([id, [sent, received]]) => ({
      id,
      sent,
      received,
      errors: 0,
    })),
    links: links.map(([connector, binder, toBinder, toConnector]) => ({
      connector,
      endpoint: `tcp://127.0.0.1:1/${connector}`,
      binder,
      state: "connected",
      toBinder,
      toConnector,
    })),
    diagnostics: [],
  };
}

/** A lesson topology or solution, which must exist. */
export function topologyOf(ref: TopologyRef): Topology {
  const t = resolveTopology(ref);
  if (!t) throw new Error(`no topology ${ref.source}/${ref.id}`);
  return t;
}

/** The topology with one socket changed (or removed, when the recipe returns null). */
export function editSocket(
  topology: Topology,
  id: string,
  recipe: (s: SocketSpec) => SocketSpec | null,
): Topology {
  const sockets = topology.sockets.flatMap((s) => {
    if (s.id !== id) return [s];
    const next = recipe(s);
    return next === null ? [] : [next];
  });
  return { ...topology, sockets };
}

/** The topology with extra sockets. */
export function addSockets(topology: Topology, ...sockets: SocketSpec[]): Topology {
  return { ...topology, sockets: [...topology.sockets, ...sockets] };
}
