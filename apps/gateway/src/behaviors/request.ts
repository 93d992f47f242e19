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

/** Receive timeouts (of about a second each) before the log says a REQ is stuck. */
const STUCK_AFTER_TIMEOUTS = 3;

async function readReply(node: SocketNode): Promise<boolean> {
  const life = node.life;
  for (let timeouts = 1; ; timeouts += 1) {
    const socket = node.socket;
    if (socket === null || node.life !== life) return false;
    node.receiving = true;
    try {
      const frames = await socket.receive();
      node.receiving = false;
      if (node.env.gate.paused && !(await node.pass("message"))) return false;
      node.accept(frames);
      return true;
    } catch (error) {
      node.receiving = false;
      if (!(await node.receiveFailed(error, life))) return false;
      if (timeouts === STUCK_AFTER_TIMEOUTS) reportStuck(node);
    }
  }
}

/** The classic REQ trap, explained where the student looks: the event log. */
function reportStuck(node: SocketNode): void {
  node.env.emitter.event("warning", "req-waiting", { socket: node.id });
}

/** Whether this socket must wait for a reply after each send. */
export function isLockstep(node: SocketNode): boolean {
  return node.info.lockstep === "send-first";
}
