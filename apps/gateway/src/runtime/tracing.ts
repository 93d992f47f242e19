import type { Emitter } from "./emitter.js";
import { isReachable, type RuntimeModel } from "./model.js";
import type { SocketNode } from "./socket-node.js";

/**
 * Whether `node` may append trace trailers: only when nothing but gateway sockets can
 * receive what it sends. Outside programs can sit
 * - behind a tcp/ipc endpoint it connects to that no live socket of the topology binds
 *   (a dangling connect, a killed binder, a bind that failed because a program holds it);
 * - on a tcp/ipc endpoint it binds, as reported by that endpoint's EndpointPeers.
 * XSUB never traces: what it sends are subscriptions, which libzmq interprets.
 */
export function mayTrace(model: RuntimeModel, node: SocketNode): boolean {
  if (node.info.type === "XSUB") return false;
  for (const endpoint of node.connects.keys()) {
    if (isReachable(endpoint) && !model.liveBinder(endpoint)) return false;
  }
  for (const bound of node.bound.values()) if (bound.peers?.hasOutside) return false;
  return true;
}

/** An outside program joined or left an endpoint `node` binds: re-decide, and say so. */
export function retraceNode(
  model: RuntimeModel,
  emitter: Emitter,
  node: SocketNode,
  endpoint: string,
): void {
  const traced = mayTrace(model, node);
  if (traced === node.traced) return;
  node.traced = traced;
  // A sender's messages now go out without a trace trailer: say where they are counted.
  const joined = node.info.canSend ? "outside-peer.sender" : "outside-peer.receiver";
  emitter.event("info", traced ? "outside-peer-left" : joined, { socket: node.id, endpoint });
}

/** Re-decide tracing for every socket (after deploy, kill, restart). */
export function retrace(model: RuntimeModel): void {
  for (const node of model.nodes.values()) node.traced = mayTrace(model, node);
}

/**
 * inproc has no monitor: its links' states follow from which ends exist (NOTES §4). A
 * connector whose binder is gone waits as tcp and ipc do: "retrying" once the link was
 * connected, "connecting" only while its binder never existed.
 */
export function refreshInprocLinks(model: RuntimeModel): void {
  for (const link of model.links.values()) {
    if (isReachable(link.endpoint)) continue;
    const connector = model.nodes.get(link.connector);
    if (!connector?.open) link.machine.force("disconnected");
    else if (model.liveBinder(link.endpoint)) link.machine.force("connected");
    else link.machine.force(link.machine.everConnected ? "retrying" : "connecting");
  }
}
