import { processOf, type SocketSpec, type Topology } from "@zmq-playground/shared";

/** What a (re)deploy does to each socket id. */
export interface DeployPlan {
  /** Closed and not recreated. */
  readonly remove: readonly string[];
  /** Closed, then created again from the new definition. */
  readonly recreate: readonly string[];
  /** New in this topology. */
  readonly create: readonly string[];
  /** Untouched: they keep running and keep their counters. */
  readonly keep: readonly string[];
}

/**
 * Everything that makes a socket behave differently. The label and the canvas position
 * do not; the process does (sockets of a process live and die together).
 */
export function socketDefinition(socket: SocketSpec): string {
  return JSON.stringify([
    socket.type,
    processOf(socket),
    socket.bind ?? [],
    socket.connect ?? [],
    sorted(socket.options),
    sorted(socket.behavior),
  ]);
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sorted(v)]),
  );
}

/** Compare the running topology (null: none) with the one to deploy. */
export function planDeploy(running: Topology | null, next: Topology): DeployPlan {
  const before = new Map((running?.sockets ?? []).map((s) => [s.id, socketDefinition(s)]));
  const after = new Set(next.sockets.map((s) => s.id));
  const plan = {
    remove: [] as string[],
    recreate: [] as string[],
    create: [] as string[],
    keep: [] as string[],
  };
  for (const id of before.keys()) if (!after.has(id)) plan.remove.push(id);
  for (const socket of next.sockets) {
    const old = before.get(socket.id);
    if (old === undefined) plan.create.push(socket.id);
    else if (old === socketDefinition(socket)) plan.keep.push(socket.id);
    else plan.recreate.push(socket.id);
  }
  return plan;
}
