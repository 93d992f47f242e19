import {
  fixtureById,
  TOPOLOGY_FORMAT,
  TOPOLOGY_VERSION,
  type SocketSpec,
  type Topology,
} from "@zmq-playground/shared";

/** A shared fixture's topology, by id; a test about a missing fixture should fail loudly. */
export function fixture(id: string): Topology {
  const found = fixtureById(id);
  if (!found) throw new Error(`no fixture "${id}"`);
  return structuredClone(found.topology);
}

/** A small document from sockets. */
export function doc(...sockets: SocketSpec[]): Topology {
  return { format: TOPOLOGY_FORMAT, version: TOPOLOGY_VERSION, sockets };
}
