import {
  CATALOG,
  deriveLinks,
  parseEndpoint,
  type LinkState,
  type SocketSpec,
  type SocketStats,
  type Topology,
} from "@zmq-playground/shared";
import { DropCounter, dropsMeasurable } from "./drops.js";
import type { Timers } from "./link-state.js";
import { LinkRecord } from "./link-record.js";
import type { EndpointPeers } from "./outside-peers.js";
import { SocketNode, type NodeEnv } from "./socket-node.js";
import type { RuntimeSnapshot } from "./types.js";

/** What the model held before a deploy, to put back if the deploy fails. */
export interface ModelCheckpoint {
  readonly topology: Topology | null;
  readonly nodes: ReadonlyMap<string, SocketNode>;
  readonly links: Map<string, LinkRecord>;
  readonly binders: Map<string, string>;
}

/**
 * The running topology as the runtime knows it: a node per socket (kept across kill and
 * restart), a record per link (kept across redeploys while both ends are untouched),
 * and everything derived from them that the message paths look up.
 */
export class RuntimeModel {
  topology: Topology | null = null;
  readonly nodes = new Map<string, SocketNode>();
  links = new Map<string, LinkRecord>();
  /** Endpoint → the id of the socket that binds it. */
  binders = new Map<string, string>();
  /** Handles are stable per socket id for the runtime's life (they travel in trailers). */
  readonly #handles = new Map<string, number>();
  readonly #byHandle: (SocketNode | undefined)[] = [];

  constructor(
    private readonly timers: Timers,
    private readonly onLinkState: (link: LinkRecord, state: LinkState) => void,
  ) {}

  handleOf(id: string): number {
    let handle = this.#handles.get(id);
    if (handle === undefined) {
      handle = this.#handles.size;
      this.#handles.set(id, handle);
    }
    return handle;
  }

  nodeByHandle(handle: number): SocketNode | undefined {
    return this.#byHandle[handle];
  }

  addNode(spec: SocketSpec, env: NodeEnv): SocketNode {
    const node = new SocketNode(spec, this.handleOf(spec.id), env);
    this.nodes.set(spec.id, node);
    this.#byHandle[node.handle] = node;
    return node;
  }

  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.nodes.delete(id);
    if (this.#byHandle[node.handle] === node) this.#byHandle[node.handle] = undefined;
  }

  /**
   * Adopt a new topology's links. A link keeps its record (counters, state) when neither
   * end was recreated; `fresh` lists the sockets that were.
   */
  adopt(topology: Topology, fresh: ReadonlySet<string>): void {
    this.topology = topology;
    const old = this.links;
    this.links = new Map();
    this.binders = new Map();
    for (const s of topology.sockets) for (const ep of s.bind ?? []) this.binders.set(ep, s.id);
    for (const link of deriveLinks(topology)) {
      const kept = old.get(link.id);
      const untouched =
        kept !== undefined &&
        kept.binder === link.binder &&
        !fresh.has(link.connector) &&
        (link.binder === null || !fresh.has(link.binder));
      if (kept && untouched) this.links.set(link.id, kept);
      else this.links.set(link.id, new LinkRecord(link, this.timers, this.onLinkState));
    }
    for (const [id, record] of old) if (this.links.get(id) !== record) record.machine.dispose();
    this.#derive();
  }

  checkpoint(): ModelCheckpoint {
    const { topology, links, binders } = this;
    return { topology, nodes: new Map(this.nodes), links, binders };
  }

  /**
   * Go back to a checkpoint: its nodes (the same objects, so their counters; closed ones
   * stay closed until reopened), its link records, its topology.
   */
  restore(checkpoint: ModelCheckpoint): void {
    for (const [id, record] of this.links) {
      if (checkpoint.links.get(id) !== record) record.machine.dispose();
    }
    this.topology = checkpoint.topology;
    this.links = checkpoint.links;
    this.binders = checkpoint.binders;
    this.nodes.clear();
    this.#byHandle.length = 0;
    for (const [id, node] of checkpoint.nodes) {
      this.nodes.set(id, node);
      this.#byHandle[node.handle] = node;
    }
    this.#derive();
  }

  /** The open node that binds `endpoint` and bound it successfully, if any. */
  liveBinder(endpoint: string): SocketNode | undefined {
    const id = this.binders.get(endpoint);
    const node = id === undefined ? undefined : this.nodes.get(id);
    return node?.open && node.bound.get(endpoint)?.ok ? node : undefined;
  }

  /**
   * The EndpointPeers of the open socket binding `endpoint`, even while its bind is still
   * completing: a connection can be accepted before the bind promise resolves.
   */
  peersAt(endpoint: string): EndpointPeers | undefined {
    const id = this.binders.get(endpoint);
    const node = id === undefined ? undefined : this.nodes.get(id);
    return node?.open ? (node.bound.get(endpoint)?.peers ?? undefined) : undefined;
  }

  /** Exact counters now: sockets in topology order, links in derivation order. */
  snapshot(): RuntimeSnapshot {
    const now = performance.now();
    const sockets = (this.topology?.sockets ?? []).map((s) => {
      const node = this.nodes.get(s.id);
      const stats: SocketStats = {
        id: s.id,
        sent: node?.sent ?? 0,
        received: node?.received ?? 0,
        errors: node?.errors ?? 0,
      };
      if (CATALOG[s.type].canSend) stats.blocked = node?.blockedAt(now) ?? false;
      if (node?.killed === true) stats.killed = true;
      return stats;
    });
    return { sockets, links: [...this.links.values()].map((l) => l.stats(now)) };
  }

  /** Per-node lookups for the message paths: attribution, lost messages, delimiter, trailer form. */
  #derive(): void {
    const peers = new Map<string, SocketNode[]>();
    for (const node of this.nodes.values()) {
      node.fromHandle = [];
      peers.set(node.id, []);
    }
    const pairs = new Map<string, number>();
    const pairOf = (a: SocketNode, b: SocketNode) => [a.handle, b.handle].sort().join(" ");
    for (const link of this.links.values()) {
      const c = this.nodes.get(link.connector);
      const b = link.binder === null ? undefined : this.nodes.get(link.binder);
      if (!c || !b) continue;
      peers.get(c.id)?.push(b);
      peers.get(b.id)?.push(c);
      pairs.set(pairOf(c, b), (pairs.get(pairOf(c, b)) ?? 0) + 1);
    }
    for (const link of this.links.values()) {
      const c = this.nodes.get(link.connector);
      const b = link.binder === null ? undefined : this.nodes.get(link.binder);
      if (!c || !b) continue;
      const measurable = (from: SocketNode, to: SocketNode) =>
        dropsMeasurable(from, to, peers.get(from.id)?.length ?? 0, pairs.get(pairOf(c, b)) ?? 0);
      link.dropsToBinder = dropCounter(link.dropsToBinder, c, b, measurable(c, b));
      link.dropsToConnector = dropCounter(link.dropsToConnector, b, c, measurable(b, c));
      const up = link.dropsToBinder?.active ? link.dropsToBinder : null;
      const down = link.dropsToConnector?.active ? link.dropsToConnector : null;
      b.fromHandle[c.handle] ??= { link, toBinder: true, from: c.id, drops: up };
      c.fromHandle[b.handle] ??= { link, toBinder: false, from: b.id, drops: down };
    }
    for (const node of this.nodes.values()) {
      const mine = peers.get(node.id) ?? [];
      node.talksToRep = node.info.type === "DEALER" && mine.some((p) => p.info.type === "REP");
      // conflate keeps single-part messages only, so a trailer frame would break it.
      node.payloadTrailer =
        !CATALOG[node.info.type].multipart || conflates(node) || mine.some((p) => conflates(p));
    }
  }
}

/**
 * A direction's drop counter after a (re)derive: made when it becomes measurable, its
 * count kept but no longer added to while it is not, counting again from the sender's
 * current message id when it is once more.
 */
function dropCounter(
  current: DropCounter | null,
  sender: SocketNode,
  receiver: SocketNode,
  measurable: boolean,
): DropCounter | null {
  if (!current) return measurable ? new DropCounter(sender, receiver) : null;
  if (!measurable) current.active = false;
  else if (current.sender !== sender || current.receiver !== receiver || !current.active) {
    current.sender = sender;
    current.receiver = receiver;
    current.rebase();
  }
  return current;
}

function conflates(node: SocketNode): boolean {
  return node.spec.options?.conflate === true;
}

/** Whether outside programs could reach this endpoint (tcp and ipc can; inproc cannot). */
export function isReachable(endpoint: string): boolean {
  const parsed = parseEndpoint(endpoint);
  return parsed.ok && parsed.transport !== "inproc";
}
