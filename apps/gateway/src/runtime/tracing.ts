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

/** Re-decide tracing for every socket (after deploy, kill, restart). */
export function retrace(model: RuntimeModel): void {
  for (const node of model.nodes.values()) node.traced = mayTrace(model, node);
}

/** inproc has no monitor: its links' states follow from which ends exist (NOTES §4). */
export function refreshInprocLinks(model: RuntimeModel): void {
  for (const link of model.links.values()) {
    if (isReachable(link.endpoint)) continue;
    const connector = model.nodes.get(link.connector);
    if (!connector?.open) link.machine.force("disconnected");
    else if (model.liveBinder(link.endpoint)) link.machine.force("connected");
    else link.machine.force("connecting");
  }
}
