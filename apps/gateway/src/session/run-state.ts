import { processOf, type Diagnostic, type Topology } from "@zmq-playground/shared";

/** What a session remembers about its runtime beyond what the Runtime interface exposes. */
export interface RunState {
  /** The deployed topology, null when nothing runs. */
  topology: Topology | null;
  paused: boolean;
  /** The slow-motion factor; kept across deploys, as the page's slider does. */
  speed: number;
  /** Monotonic time of the first deploy of the running topology (ticks count from it). */
  deployedAt: number;
  /** The last deploy's diagnostics plus those raised while running, for a resumed page. */
  diagnostics: Diagnostic[];
}

export function idleRunState(speed = 1): RunState {
  return { topology: null, paused: false, speed, deployedAt: 0, diagnostics: [] };
}

/** Process ids a kill/restart may name: declared ones, used ones, and lone sockets (a process of their own). */
export function processIdsOf(topology: Topology): Set<string> {
  const ids = new Set<string>();
  for (const process of topology.processes ?? []) ids.add(process.id);
  for (const socket of topology.sockets) ids.add(processOf(socket));
  return ids;
}
