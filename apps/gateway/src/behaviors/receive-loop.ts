import type { SocketNode } from "../runtime/socket-node.js";
import type { MessageHandler } from "./reply.js";

/**
 * Receive, count and hand each message to the behaviour, one at a time: the next
 * receive waits until the handler is done, so a slow consumer lets ZeroMQ's queue fill
 * as a slow program would. While paused, at most the one message already taken waits.
 */
export function receiveLoop(
  node: SocketNode,
  handle: MessageHandler,
  stripDelimiter: boolean,
  usesFrames = true,
): () => Promise<void> {
  const gate = node.env.gate;
  return async () => {
    const life = node.life;
    for (;;) {
      // The hot path: one await per message, as a bare zeromq.js receive loop has.
      const socket = node.socket;
      if (socket === null || node.life !== life) return;
      let frames: Buffer[];
      node.receiving = true;
      try {
        frames = await socket.receive();
      } catch (error) {
        node.receiving = false;
        if (await node.receiveFailed(error, life)) continue;
        return;
      }
      node.receiving = false;
      if (gate.paused && !(await node.pass("message"))) return;
      node.accept(frames, usesFrames);
      // A DEALER talking to REPs gets ["", reply]: the delimiter is ZeroMQ's, not the app's.
      if (stripDelimiter && frames.length > 1 && frames[0]?.length === 0) frames.shift();
      const handled = handle(frames);
      if (handled !== true && !(await handled)) return;
    }
  };
}

/** The `consume` behaviour: count it, then take `delayMs` (a slow consumer). */
export function consumeHandler(node: SocketNode, delayMs: number): MessageHandler {
  if (delayMs <= 0) return () => true;
  return () => node.sleep(delayMs);
}
