import type { Behavior, BehaviorName, SocketSpec, Topology } from "@zmq-playground/shared";
import { newSocket } from "../../templates/socket-defaults.js";
import { nonEmptyObject, withField } from "./fields.js";
import { updateSocket } from "./sockets.js";

/** The behaviours that decide what happens to a message that arrives: one at a time. */
export const RECEIVE_HANDLERS: readonly BehaviorName[] = ["reply", "consume", "forward"];

/** Whether a socket still sends exactly what the palette gave it (nobody chose that timer). */
function hasUntouchedDefaultSend(socket: SocketSpec): boolean {
  const preset = newSocket(socket.type, socket.id, { x: 0, y: 0 }).behavior?.send;
  return preset !== undefined && JSON.stringify(socket.behavior?.send) === JSON.stringify(preset);
}

function withBehaviour<K extends BehaviorName>(
  socket: SocketSpec,
  name: K,
  value: Behavior[K] | undefined,
): SocketSpec {
  return withField(
    socket,
    "behavior",
    nonEmptyObject(withField(socket.behavior ?? {}, name, value)),
  );
}

/**
 * Set (or clear) one behaviour of a socket. Turning on reply, consume or forward turns
 * the other two off, since each arriving message is handled one way. A socket that
 * becomes a forward target stops sending the palette's sample messages: it now sends
 * what it is given (a pipeline worker's output), unless someone set its timer on purpose.
 */
export function setBehaviour<K extends BehaviorName>(
  topology: Topology,
  id: string,
  name: K,
  value: Behavior[K] | undefined,
): Topology {
  let next = updateSocket(topology, id, (s) => {
    let socket = withBehaviour(s, name, value);
    if (value !== undefined && RECEIVE_HANDLERS.includes(name)) {
      for (const other of RECEIVE_HANDLERS)
        if (other !== name) socket = withBehaviour(socket, other, undefined);
    }
    return socket;
  });
  const to =
    name === "forward" && value !== undefined
      ? next.sockets.find((s) => s.id === id)?.behavior?.forward?.to
      : undefined;
  const target = next.sockets.find((s) => s.id === to);
  if (to !== undefined && target && hasUntouchedDefaultSend(target)) {
    next = updateSocket(next, to, (s) => withBehaviour(s, "send", undefined));
  }
  return next;
}
