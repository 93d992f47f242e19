import type { ForwardBehavior } from "@zmq-playground/shared";
import type { SocketNode } from "../runtime/socket-node.js";
import { deliver } from "./deliver.js";
import type { MessageHandler } from "./reply.js";

/**
 * The `forward` behaviour: relay each message, frames untouched, to a socket of the
 * same process. This is how pipeline workers, ROUTER/DEALER brokers and XSUB/XPUB
 * proxies are built: a JS relay (two receive loops) instead of zmq_proxy, so every hop
 * is counted and pausable (the native Proxy cannot be tapped, and its pause and resume
 * are swapped in libzmq 4.3.5). A blocked target blocks the relay: backpressure.
 */
export function forwardHandler(node: SocketNode, behavior: ForwardBehavior): MessageHandler {
  let missing = false;
  return async (frames) => {
    if (!(await node.sleep(behavior.delayMs ?? 0))) return false;
    const target = node.env.node(behavior.to);
    if (!target?.open) {
      // The relay's partner socket is down (its process was killed): the message is lost.
      if (!missing) {
        const place = { socket: node.id };
        node.env.emitter.event("warning", "forward-target-down", place, { to: behavior.to });
      }
      missing = true;
      return true;
    }
    missing = false;
    const group = node.socket?.lastGroup;
    await deliver(target, frames, group ? { group } : {});
    return true;
  };
}
