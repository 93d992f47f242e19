import type { SocketNode } from "../runtime/socket-node.js";
import { forwardHandler } from "./forward.js";
import { consumeHandler, receiveLoop } from "./receive-loop.js";
import { replyHandler, type MessageHandler } from "./reply.js";
import { isLockstep } from "./request.js";
import { sendLoop } from "./send-loop.js";

/**
 * Start what the socket's behaviour says, for its current life. A socket reads only when
 * a behaviour reads (reply, forward, consume) or when it sends and can receive (answers
 * are counted): one with no behaviour is a program that never calls recv, so its queue
 * fills. A REQ's replies are read by its send loop (lockstep).
 */
export function startBehaviors(node: SocketNode): void {
  const behavior = node.spec.behavior ?? {};
  if (behavior.send && node.info.canSend) node.run(sendLoop(node, behavior.send));
  if (!node.info.canReceive || isLockstep(node)) return;
  const handler = pickHandler(node);
  if (!handler) return;
  // Only reply and forward look at what arrived; consuming only counts it.
  const usesFrames = behavior.reply !== undefined || behavior.forward !== undefined;
  node.run(receiveLoop(node, handler, node.talksToRep && !behavior.forward, usesFrames));
}

function pickHandler(node: SocketNode): MessageHandler | null {
  const behavior = node.spec.behavior ?? {};
  if (behavior.reply) return replyHandler(node, behavior.reply);
  if (behavior.forward) return forwardHandler(node, behavior.forward);
  if (behavior.consume) return consumeHandler(node, behavior.consume.delayMs ?? 0);
  if (behavior.send) return consumeHandler(node, 0);
  return null;
}
