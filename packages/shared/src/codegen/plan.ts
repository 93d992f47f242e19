import { CATALOG, type SocketTypeInfo } from "../catalog/catalog.js";
import { deriveLinks, processOf } from "../topology/links.js";
import type { ReplyBehavior, SendBehavior, SocketSpec, Topology } from "../topology/schema.js";
import { startOrder } from "./start-order.js";

/** What a socket does with each message it receives (the gateway's choice, in order). */
export type Handler =
  | { readonly kind: "reply"; readonly behavior: ReplyBehavior }
  | { readonly kind: "forward"; readonly to: SocketSpec; readonly delayMs: number }
  | { readonly kind: "consume"; readonly delayMs: number };

/**
 * What a ROUTER finds in front of each message besides the identity: REQ peers add an
 * empty delimiter frame, DEALER and ROUTER peers add nothing. "mixed" when both kinds
 * (or programs outside the topology) may talk to it.
 */
export type RouterPeers = "req" | "no-delimiter" | "mixed";

/** One socket, with everything the generators need to know about it. */
export interface SocketPlan {
  readonly spec: SocketSpec;
  readonly info: SocketTypeInfo;
  readonly send: SendBehavior | null;
  readonly handler: Handler | null;
  /** A DEALER whose peers include a REP: it adds and strips the empty delimiter frame. */
  readonly talksToRep: boolean;
  readonly routerPeers: RouterPeers;
  /** Sockets of the same program that forward what they receive to this one. */
  readonly forwardedFrom: readonly string[];
  /** Things a reader must know: an inproc link to another program, an endpoint nobody binds. */
  readonly warnings: readonly string[];
}

/** One runnable program: a process of the topology, or a socket standing alone. */
export interface ProgramPlan {
  readonly id: string;
  readonly label: string | undefined;
  readonly sockets: readonly SocketPlan[];
  /** Sends on its own (a `send` behaviour), rather than only answering or receiving. */
  readonly sends: boolean;
}

/** The programs of a topology in the order to start them, and what to warn about. */
export interface ProjectPlan {
  readonly title: string;
  readonly description: string | undefined;
  readonly programs: readonly ProgramPlan[];
  readonly warnings: readonly string[];
}

/** Split a topology into programs, one per process, and work out how each socket behaves. */
export function planProject(topology: Topology): ProjectPlan {
  const byId = new Map(topology.sockets.map((s) => [s.id, s]));
  const peers = peerMap(topology, byId);
  const groups = new Map<string, SocketSpec[]>();
  for (const socket of topology.sockets) {
    const key = processOf(socket);
    groups.set(key, [...(groups.get(key) ?? []), socket]);
  }
  const labels = new Map((topology.processes ?? []).map((p) => [p.id, p.label]));
  const programs: ProgramPlan[] = [...groups].map(([id, specs]) => {
    const sockets = specs.map((s) => planSocket(s, byId, peers));
    const only = specs.length === 1 ? specs[0] : undefined;
    const label = labels.get(id) ?? (only?.id === id ? only.label : undefined);
    return { id, label, sockets, sends: sockets.some((s) => s.send !== null) };
  });
  return {
    title: topology.title ?? "A ZeroMQ topology",
    description: topology.description,
    programs: startOrder(programs),
    warnings: programs.flatMap((p) => p.sockets.flatMap((s) => s.warnings)),
  };
}

interface Peers {
  readonly known: SocketSpec[];
  /** Connects to an endpoint no socket of the topology binds: an outside program. */
  readonly outside: string[];
  /** inproc links to a socket of another program: they cannot work as separate programs. */
  readonly inprocAcross: { endpoint: string; other: SocketSpec }[];
}

function peerMap(topology: Topology, byId: Map<string, SocketSpec>): Map<string, Peers> {
  const map = new Map<string, Peers>(
    topology.sockets.map((s) => [s.id, { known: [], outside: [], inprocAcross: [] }]),
  );
  for (const link of deriveLinks(topology)) {
    const connector = byId.get(link.connector);
    const mine = map.get(link.connector);
    if (!connector || !mine) continue;
    const binder = link.binder === null ? undefined : byId.get(link.binder);
    if (!binder) {
      mine.outside.push(link.endpoint);
      continue;
    }
    mine.known.push(binder);
    map.get(binder.id)?.known.push(connector);
    if (link.endpoint.startsWith("inproc://") && processOf(binder) !== processOf(connector)) {
      mine.inprocAcross.push({ endpoint: link.endpoint, other: binder });
    }
  }
  return map;
}

function planSocket(
  spec: SocketSpec,
  byId: Map<string, SocketSpec>,
  peers: Map<string, Peers>,
): SocketPlan {
  const info = CATALOG[spec.type];
  const mine = peers.get(spec.id) ?? { known: [], outside: [], inprocAcross: [] };
  const warnings = [
    ...mine.inprocAcross.map(
      ({ endpoint, other }) =>
        `${spec.id} connects to ${endpoint}, which ${other.id} binds in the program "${processOf(other)}". inproc only works between sockets of one program, so this link cannot connect when they run as separate programs: use ipc:// or tcp:// instead, or put both sockets in one process.`,
    ),
    ...mine.outside.map(
      (endpoint) =>
        `${spec.id} connects to ${endpoint}, which no program of this topology binds: it waits there for a program of your own.`,
    ),
  ];
  return {
    spec,
    info,
    send: info.canSend ? (spec.behavior?.send ?? null) : null,
    handler: pickHandler(spec, info, byId),
    talksToRep: spec.type === "DEALER" && mine.known.some((p) => p.type === "REP"),
    routerPeers: routerPeers(mine),
    forwardedFrom: [...byId.values()]
      .filter((s) => s.behavior?.forward?.to === spec.id && s.id !== spec.id)
      .filter((s) => processOf(s) === processOf(spec))
      .map((s) => s.id),
    warnings,
  };
}

/**
 * Like the gateway: a socket reads only when a behaviour reads, or when it sends and can
 * receive (the answers are counted). A REQ reads its replies in its send loop instead.
 */
function pickHandler(
  spec: SocketSpec,
  info: SocketTypeInfo,
  byId: Map<string, SocketSpec>,
): Handler | null {
  if (!info.canReceive || info.lockstep === "send-first") return null;
  const b = spec.behavior ?? {};
  if (b.reply && info.canSend) return { kind: "reply", behavior: b.reply };
  const target = b.forward ? byId.get(b.forward.to) : undefined;
  if (b.forward && target && target.id !== spec.id && processOf(target) === processOf(spec)) {
    return { kind: "forward", to: target, delayMs: b.forward.delayMs ?? 0 };
  }
  if (b.consume || b.forward) return { kind: "consume", delayMs: b.consume?.delayMs ?? 0 };
  if (b.send) return { kind: "consume", delayMs: 0 };
  return null;
}

function routerPeers(peers: Peers): RouterPeers {
  if (peers.known.length === 0 || peers.outside.length > 0) return "mixed";
  if (peers.known.every((p) => p.type === "REQ")) return "req";
  if (peers.known.every((p) => p.type !== "REQ")) return "no-delimiter";
  return "mixed";
}

/**
 * Whether a program ends by itself: it sends a fixed number of messages and has nothing
 * else to serve. Everything else runs until Ctrl+C (or --idle-exit).
 */
export function finishesBySelf(program: ProgramPlan): boolean {
  const senders = program.sockets.filter((s) => s.send !== null);
  return (
    senders.length > 0 &&
    senders.every((s) => s.send?.count !== undefined) &&
    program.sockets.every((s) => s.handler === null)
  );
}
