import { linkId, type RuntimeEvent } from "@zmq-playground/shared";
import type { MonitorEvent } from "../zmq/types.js";
import type { Emitter } from "./emitter.js";
import type { RuntimeModel } from "./model.js";
import type { SocketNode } from "./socket-node.js";

/** libzmq reports a bound tcp endpoint by its resolved address (localhost → 127.0.0.1). */
function sameAddress(resolved: string, reported: string): boolean {
  return resolved === reported || resolved.replace("//localhost:", "//127.0.0.1:") === reported;
}

/** The endpoint (as the topology writes it) a monitor event is about. */
function endpointOf(
  node: SocketNode,
  address: string,
): { endpoint: string; bound: boolean } | null {
  for (const [endpoint, b] of node.bound) {
    if (sameAddress(b.at.resolved, address)) return { endpoint, bound: true };
  }
  for (const [endpoint, at] of node.connects) {
    if (sameAddress(at.resolved, address)) return { endpoint, bound: false };
  }
  return null;
}

/**
 * One monitor event of one socket: drive the link's state (connecting side), the
 * endpoint's peer count (binding side), and log it in words.
 */
export function handleMonitorEvent(
  model: RuntimeModel,
  emitter: Emitter,
  node: SocketNode,
  event: MonitorEvent,
): void {
  const where = endpointOf(node, event.address);
  if (where === null) return;
  const { endpoint, bound } = where;
  if (bound) {
    const peers = node.bound.get(endpoint)?.peers;
    if (event.type === "accept") peers?.accepted();
    else if (event.type === "disconnect") peers?.disconnected();
  } else {
    model.links.get(linkId(node.id, endpoint))?.machine.event(event.type);
    // The binder's EndpointPeers learns that one of its in-topology connections ended.
    if (event.type === "disconnect") model.peersAt(endpoint)?.connectorDropped();
  }
  const [level, text] = describe(event, node.id, endpoint);
  emitter.event(level, event.type, text, node.id, endpoint);
}

function describe(
  event: MonitorEvent,
  id: string,
  endpoint: string,
): [RuntimeEvent["level"], string] {
  const code = event.errorCode ?? "";
  switch (event.type) {
    case "bind":
      return ["info", `${id} is listening on ${endpoint}.`];
    case "bind:error":
      return ["error", `${id} could not bind ${endpoint} (${code}).`];
    case "accept":
      return ["info", `${id} accepted a connection on ${endpoint}.`];
    case "accept:error":
      return ["warning", `${id} failed to accept a connection on ${endpoint} (${code}).`];
    case "connect:delay":
      return ["info", `${id} is connecting to ${endpoint}.`];
    case "connect":
      return ["info", `${id} reached ${endpoint}; handshaking.`];
    case "connect:retry":
      return ["info", `${id} will try ${endpoint} again in ${event.interval ?? "?"} ms.`];
    case "close":
      return ["info", `${id} closed a connection on ${endpoint}.`];
    case "close:error":
      return ["warning", `${id} failed to close a connection on ${endpoint} (${code}).`];
    case "disconnect":
      return ["warning", `${id} lost a connection on ${endpoint}.`];
    case "handshake":
      return ["info", `${id} completed the ZeroMQ handshake on ${endpoint}: connected.`];
    case "handshake:error:protocol":
    case "handshake:error:auth":
    case "handshake:error:other":
      return ["warning", `${id}: the handshake on ${endpoint} failed (${code}).`];
  }
}
