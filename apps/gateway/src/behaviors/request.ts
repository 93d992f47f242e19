import type { SocketNode } from "../runtime/socket-node.js";

/**
 * REQ lockstep: after a request, the only thing a REQ may do is receive the reply. The
 * reply is read here (not by a free-running loop, which libzmq would refuse before the
 * first request) and counted as received. Resolves false if the socket closed first.
 */
export function awaitReply(node: SocketNode): Promise<boolean> {
  const waiting = readReply(node).finally(() => {
    if (node.replyWait === waiting) node.replyWait = null;
  });
  node.replyWait = waiting;
  return waiting;
}

async function readReply(node: SocketNode): Promise<boolean> {
  const frames = await node.receive();
  if (frames === null) return false;
  if (node.env.gate.paused && !(await node.pass("message"))) return false;
  node.accept(frames);
  return true;
}

/** Whether this socket must wait for a reply after each send. */
export function isLockstep(node: SocketNode): boolean {
  return node.info.lockstep === "send-first";
}
