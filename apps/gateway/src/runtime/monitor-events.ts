import { linkId, type EventParams, type RuntimeEvent } from "@zmq-playground/shared";
import type { MonitorEvent, MonitorEventType } from "../zmq/types.js";
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
  const place = { socket: node.id, endpoint };
  emitter.event(levelOf(event.type), event.type, place, paramsOf(event));
}

/** How much a monitor event matters to the person watching. */
function levelOf(type: MonitorEventType): RuntimeEvent["level"] {
  switch (type) {
    case "bind:error":
      return "error";
    case "accept:error":
    case "close:error":
    case "disconnect":
    case "handshake:error:protocol":
    case "handshake:error:auth":
    case "handshake:error:other":
      return "warning";
    default:
      return "info";
  }
}

/** What the event's text names besides the socket and endpoint (EVENT_TEMPLATES). */
function paramsOf(event: MonitorEvent): EventParams {
  if (event.type === "connect:retry") return { interval: event.interval ?? "?" };
  return event.type.includes("error") ? { code: event.errorCode ?? "" } : {};
}
