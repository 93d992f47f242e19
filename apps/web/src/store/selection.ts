import type { Topology } from "@zmq-playground/shared";
import type { Selection } from "./ui-slice.js";

/** The sockets a selection covers: selected sockets plus every socket of a selected process. */
export function coveredSocketIds(topology: Topology, selection: Selection): Set<string> {
  const ids = new Set(selection.sockets);
  const processes = new Set(selection.processes);
  for (const s of topology.sockets)
    if (s.process !== undefined && processes.has(s.process)) ids.add(s.id);
  return ids;
}

/** Split a link id (`connector|endpoint`) back into its parts. */
export function parseLinkId(id: string): { connector: string; endpoint: string } | null {
  const bar = id.indexOf("|");
  if (bar <= 0) return null;
  return { connector: id.slice(0, bar), endpoint: id.slice(bar + 1) };
}
