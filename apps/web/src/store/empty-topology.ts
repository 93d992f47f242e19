import { TOPOLOGY_FORMAT, TOPOLOGY_VERSION, type Topology } from "@zmq-playground/shared";

/** A blank document. */
export function emptyTopology(): Topology {
  return { format: TOPOLOGY_FORMAT, version: TOPOLOGY_VERSION, sockets: [] };
}
