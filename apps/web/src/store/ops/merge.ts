import {
  parseEndpoint,
  TOPOLOGY_FORMAT,
  TOPOLOGY_VERSION,
  type Position,
  type ProcessSpec,
  type SocketSpec,
  type Topology,
} from "@zmq-playground/shared";
import { allEndpoints, boundEndpoints } from "./endpoints.js";
import { nonEmpty, withField } from "./fields.js";
import { takenIds, uniqueId } from "./ids.js";
import { processIds } from "./processes.js";

/**
 * The part of a document to copy: the sockets, and the processes whose every socket
 * is among them (copying a whole group copies the group).
 */
export function fragmentOf(topology: Topology, socketIds: ReadonlySet<string>): Topology {
  const sockets = topology.sockets.filter((s) => socketIds.has(s.id));
  const whole = (pid: string) =>
    topology.sockets.every((s) => s.process !== pid || socketIds.has(s.id));
  const processes = (topology.processes ?? []).filter(
    (p) => whole(p.id) && sockets.some((s) => s.process === p.id),
  );
  const fragment: Topology = { format: TOPOLOGY_FORMAT, version: TOPOLOGY_VERSION, sockets };
  return withField(fragment, "processes", nonEmpty(processes));
}

/** A variant of an endpoint that is not in `taken`: a free port, or a `-N` name. */
function renumber(endpoint: string, taken: Set<string>): string {
  const parsed = parseEndpoint(endpoint);
  if (!parsed.ok) return endpoint;
  let candidate = endpoint;
  for (let n = 2; taken.has(candidate); n += 1) {
    if (parsed.transport === "tcp") candidate = `tcp://${parsed.host}:${parsed.port + n - 1}`;
    else if (parsed.transport === "ipc")
      candidate = `ipc://${parsed.path.replace(/(\.ipc)?$/, `-${n}$1`)}`;
    else candidate = `inproc://${parsed.name}-${n}`;
  }
  return candidate;
}

/** A label people can tell apart from the ones in `taken`: `Worker` -> `Worker (2)`. */
function uniqueLabel(label: string, taken: Set<string>): string {
  let candidate = label;
  const root = label.replace(/ \(\d+\)$/, "");
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${root} (${n})`;
  taken.add(candidate);
  return candidate;
}

/**
 * Add a copied fragment to a document: ids are made unique, endpoints that would be
 * bound twice get a fresh port or name (and the fragment's own links follow them),
 * positions are offset so the copy is visible beside the original.
 */
export function mergeFragment(
  target: Topology,
  fragment: Topology,
  offset: Position,
): { topology: Topology; socketIds: string[]; processIds: string[] } {
  const taken = takenIds(target);
  const existingProcesses = new Set(processIds(target));
  const pmap = new Map<string, string>();
  for (const p of fragment.processes ?? []) {
    const id = uniqueId(p.id, taken);
    taken.add(id);
    pmap.set(p.id, id);
  }
  const socketLabels = new Set(target.sockets.flatMap((s) => s.label ?? []));
  const processLabels = new Set((target.processes ?? []).flatMap((p) => p.label ?? []));
  const smap = new Map<string, string>();
  for (const s of fragment.sockets) {
    const id = uniqueId(s.id, taken);
    taken.add(id);
    smap.set(s.id, id);
  }
  const bound = boundEndpoints(target);
  const used = allEndpoints(target);
  const emap = new Map<string, string>();
  for (const ep of fragment.sockets.flatMap((s) => s.bind ?? [])) {
    if (emap.has(ep)) continue;
    const fresh = bound.has(ep) ? renumber(ep, used) : ep;
    used.add(fresh);
    bound.add(fresh);
    emap.set(ep, fresh);
  }
  const sockets = fragment.sockets.map((s): SocketSpec => {
    let next: SocketSpec = { ...s, id: smap.get(s.id) ?? s.id };
    if (s.bind) next.bind = s.bind.map((ep) => emap.get(ep) ?? ep);
    if (s.connect) next.connect = s.connect.map((ep) => emap.get(ep) ?? ep);
    const pid = s.process === undefined ? undefined : (pmap.get(s.process) ?? s.process);
    next = withField(
      next,
      "process",
      pid !== undefined && (pmap.has(s.process ?? "") || existingProcesses.has(pid))
        ? pid
        : undefined,
    );
    const forward = s.behavior?.forward;
    if (forward && smap.has(forward.to)) {
      next.behavior = {
        ...s.behavior,
        forward: { ...forward, to: smap.get(forward.to) ?? forward.to },
      };
    }
    if (s.position) next.position = { x: s.position.x + offset.x, y: s.position.y + offset.y };
    if (s.label !== undefined) next.label = uniqueLabel(s.label, socketLabels);
    return next;
  });
  const processes = [
    ...(target.processes ?? []),
    ...(fragment.processes ?? []).map((p): ProcessSpec => {
      const copy: ProcessSpec = { ...p, id: pmap.get(p.id) ?? p.id };
      if (p.label !== undefined) copy.label = uniqueLabel(p.label, processLabels);
      if (p.position) copy.position = { x: p.position.x + offset.x, y: p.position.y + offset.y };
      return copy;
    }),
  ];
  const topology = withField(
    { ...target, sockets: [...target.sockets, ...sockets] },
    "processes",
    nonEmpty(processes),
  );
  return { topology, socketIds: sockets.map((s) => s.id), processIds: [...pmap.values()] };
}
