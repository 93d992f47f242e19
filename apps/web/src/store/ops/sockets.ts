import {
  CATALOG,
  type Behavior,
  type Position,
  type SocketOptions,
  type SocketSpec,
  type SocketType,
  type Topology,
} from "@zmq-playground/shared";
import { nonEmpty, nonEmptyObject, withField } from "./fields.js";

/** Apply `recipe` to one socket; other sockets keep their identity (cheap re-renders). */
export function updateSocket(
  topology: Topology,
  id: string,
  recipe: (socket: SocketSpec) => SocketSpec,
): Topology {
  return { ...topology, sockets: topology.sockets.map((s) => (s.id === id ? recipe(s) : s)) };
}

/** Append a socket (the caller makes its id unique). */
export function addSocket(topology: Topology, socket: SocketSpec): Topology {
  return { ...topology, sockets: [...topology.sockets, socket] };
}

/** Keep only the options and behaviours the catalog allows for `type`. */
export function fitToType(socket: SocketSpec, type: SocketType): SocketSpec {
  const info = CATALOG[type];
  const options: SocketOptions = {};
  for (const name of info.options) {
    const value = socket.options?.[name];
    if (value !== undefined) Object.assign(options, { [name]: value });
  }
  const behavior: Behavior = {};
  for (const name of info.behaviors) {
    const value = socket.behavior?.[name];
    if (value !== undefined) Object.assign(behavior, { [name]: value });
  }
  let next: SocketSpec = { ...socket, type };
  next = withField(next, "options", nonEmptyObject(options));
  next = withField(next, "behavior", nonEmptyObject(behavior));
  return next;
}

/** Change a socket's type, dropping the options and behaviours the new type cannot have. */
export function retypeSocket(topology: Topology, id: string, type: SocketType): Topology {
  return updateSocket(topology, id, (s) => fitToType(s, type));
}

/** Give a socket a new id and follow it everywhere it is referenced (forward targets). */
export function renameSocketId(topology: Topology, id: string, newId: string): Topology {
  if (id === newId) return topology;
  return {
    ...topology,
    sockets: topology.sockets.map((s) => {
      let next = s.id === id ? { ...s, id: newId } : s;
      const forward = next.behavior?.forward;
      if (forward?.to === id) {
        next = { ...next, behavior: { ...next.behavior, forward: { ...forward, to: newId } } };
      }
      return next;
    }),
  };
}

/**
 * Remove sockets, the links drawn to them (connects to endpoints only they bound) and
 * forwards that pointed at them. Processes left without sockets go too.
 */
export function removeSockets(topology: Topology, ids: ReadonlySet<string>): Topology {
  if (ids.size === 0) return topology;
  const kept = topology.sockets.filter((s) => !ids.has(s.id));
  const stillBound = new Set(kept.flatMap((s) => s.bind ?? []));
  const gone = new Set(topology.sockets.filter((s) => ids.has(s.id)).flatMap((s) => s.bind ?? []));
  const sockets = kept.map((s) => {
    let next = s;
    const connect = s.connect ?? [];
    const filtered = connect.filter((ep) => !gone.has(ep) || stillBound.has(ep));
    if (filtered.length !== connect.length) next = withField(next, "connect", nonEmpty(filtered));
    if (s.behavior?.forward && ids.has(s.behavior.forward.to)) {
      const behavior = withField(s.behavior, "forward", undefined);
      next = withField(next, "behavior", nonEmptyObject(behavior));
    }
    return next;
  });
  return withProcessesPruned({ ...topology, sockets });
}

/** Drop declared processes that no socket lives in any more. */
export function withProcessesPruned(topology: Topology): Topology {
  if (!topology.processes) return topology;
  const used = new Set(topology.sockets.map((s) => s.process));
  const processes = topology.processes.filter((p) => used.has(p.id));
  if (processes.length === topology.processes.length) return topology;
  return withField(topology, "processes", nonEmpty(processes));
}

/** Write canvas positions back (rounded: the file stays stable and readable). */
export function moveSockets(
  topology: Topology,
  positions: ReadonlyMap<string, Position>,
): Topology {
  let changed = false;
  const sockets = topology.sockets.map((s) => {
    const p = positions.get(s.id);
    if (!p) return s;
    const position = { x: Math.round(p.x), y: Math.round(p.y) };
    if (s.position?.x === position.x && s.position.y === position.y) return s;
    changed = true;
    return { ...s, position };
  });
  return changed ? { ...topology, sockets } : topology;
}
