import type { Handler, SocketPlan } from "./plan.js";
import type { SendBehavior } from "../topology/schema.js";
import { formatMs } from "./lines.js";

/** A message's frames as the topology writes them: "task {seq}" or ["server", "hello {seq}"]. */
export function describeFrames(frames: readonly string[]): string {
  if (frames.length === 1) return JSON.stringify(frames[0]);
  return `[${frames.map((f) => JSON.stringify(f)).join(", ")}]`;
}

/** "sends "task {seq}" every 20 ms, 100 times, starting after 1 s". */
export function describeSend(send: SendBehavior): string {
  const every = send.everyMs > 0 ? `every ${formatMs(send.everyMs)}` : "as fast as it can";
  const times =
    send.count === undefined ? "forever" : send.count === 1 ? "once" : `${send.count} times`;
  const start = send.startAfterMs ? `, starting after ${formatMs(send.startAfterMs)}` : "";
  return `sends ${describeFrames(send.frames)} ${every}, ${times}${start}`;
}

/** "answers each message with "reply to {in}"", "passes each message on to w1-out". */
export function describeHandler(handler: Handler): string {
  const after = (ms: number) => (ms > 0 ? ` after ${formatMs(ms)}` : "");
  switch (handler.kind) {
    case "reply":
      return `answers each message with ${describeFrames(handler.behavior.frames)}${after(handler.behavior.delayMs ?? 0)}`;
    case "forward":
      return `passes each message on to ${handler.to.id}${after(handler.delayMs)}`;
    case "consume":
      return handler.delayMs > 0
        ? `prints each message it receives, taking ${formatMs(handler.delayMs)} over each (a slow consumer)`
        : "prints each message it receives";
  }
}

/** Everything a socket does, for comments and the README: "sends ...; prints each ...". */
export function describeBehaviour(socket: SocketPlan): string {
  const parts: string[] = [];
  if (socket.send) {
    const lockstep = socket.info.lockstep === "send-first" ? " and waits for each reply" : "";
    parts.push(describeSend(socket.send) + lockstep);
  }
  if (socket.handler) parts.push(describeHandler(socket.handler));
  if (socket.forwardedFrom.length > 0) {
    parts.push(`sends on what ${socket.forwardedFrom.join(" and ")} passes to it`);
  }
  return parts.length > 0
    ? parts.join("; ")
    : "no behaviour of its own: it only binds and connects";
}

/** "binds tcp://127.0.0.1:5557, connects to ipc://x.ipc" (empty when neither). */
export function describeEndpoints(socket: SocketPlan): string {
  const binds = socket.spec.bind ?? [];
  const connects = socket.spec.connect ?? [];
  const parts: string[] = [];
  if (binds.length > 0) parts.push(`binds ${binds.join(" and ")}`);
  if (connects.length > 0) parts.push(`connects to ${connects.join(" and ")}`);
  return parts.join(", ");
}
