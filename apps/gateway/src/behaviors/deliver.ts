import { errorCode } from "../zmq/types.js";
import type { SocketNode } from "../runtime/socket-node.js";

/** Where a single-frame message goes on types whose send needs more than the frames. */
export interface Route {
  /** SERVER: the CLIENT to answer. */
  readonly routingId?: number;
  /** RADIO: the group. */
  readonly group?: string;
}

/** One send by the right method for the socket's type. */
export function deliverOnce(node: SocketNode, frames: Buffer[], route: Route = {}): Promise<void> {
  const type = node.info.type;
  if (type === "SERVER" || type === "RADIO") {
    const [frame] = frames;
    if (frame === undefined || frames.length !== 1) {
      const error = Object.assign(new Error("single frame only"), { code: "EINVAL" });
      return Promise.reject(error);
    }
    if (type === "SERVER") return node.sendTo(frame, route.routingId ?? 0);
    return node.sendToGroup(frame, route.group ?? "");
  }
  return node.send(frames);
}

/**
 * Send as a program blocked in zmq_send would: when nobody can take the message yet (no
 * peer, or every queue at its high-water mark), keep trying the same message. That is
 * backpressure, not an error: it is reported once per episode. Resolves true when sent,
 * false when the socket closed or the send failed for good.
 */
export async function deliver(node: SocketNode, frames: Buffer[], route?: Route): Promise<boolean> {
  try {
    await deliverOnce(node, frames, route);
    return true;
  } catch (error) {
    return redeliver(node, frames, route, error);
  }
}

/** After a failed send: keep trying while blocked (EAGAIN); report anything else. */
export async function redeliver(
  node: SocketNode,
  frames: Buffer[],
  route: Route | undefined,
  failure: unknown,
): Promise<boolean> {
  const life = node.life;
  let error = failure;
  let blocked = false;
  for (;;) {
    if (node.life !== life || !node.open) return false;
    if (errorCode(error) !== "EAGAIN") {
      node.sendAbandoned();
      node.fail("send-error.behavior", error);
      return false;
    }
    if (!blocked) {
      blocked = true;
      node.env.emitter.event("warning", "send-blocked", { socket: node.id });
    }
    try {
      await deliverOnce(node, frames, route);
      node.env.emitter.event("info", "send-unblocked", { socket: node.id });
      return true;
    } catch (next) {
      error = next;
    }
  }
}
