import { rm } from "node:fs/promises";
import { linkId, renderEnglishRuntime } from "@zmq-playground/shared";
import { errorCode, type MonitorEvent, type ZmqContext, type ZmqSocket } from "../zmq/types.js";
import type { Emitter } from "./emitter.js";
import { resolveEndpoint, type ResolvedEndpoint } from "./endpoints.js";
import type { Timers } from "./link-state.js";
import { isReachable, type RuntimeModel } from "./model.js";
import { EndpointPeers } from "./outside-peers.js";
import type { ReleasedEndpoints } from "./released.js";
import type { SocketNode } from "./socket-node.js";

/** A send or receive waits at most this long, so nothing hangs (NOTES §2). */
export const SEND_TIMEOUT_MS = 1000;
export const RECEIVE_TIMEOUT_MS = 1000;
const REBIND_STEP_MS = 50;

/** What wiring a socket needs from its runtime. */
export interface Wiring {
  readonly context: ZmqContext;
  readonly model: RuntimeModel;
  readonly ipcDir: string;
  readonly token: number;
  readonly emitter: Emitter;
  readonly timers: Timers;
  /** When the runtime last closed each endpoint's binder, within the rebind window. */
  readonly released: ReleasedEndpoints;
  onMonitor(node: SocketNode, event: MonitorEvent): void;
  /** Who is connected to `endpoint` (which `node` binds) changed. */
  onPeersChange(node: SocketNode, endpoint: string): void;
}

/** The ZAP domain naming one endpoint of one socket (see EndpointPeers). */
export function zapDomain(token: number, node: SocketNode, side: "b" | "c", index: number): string {
  return `zp:${token}:${node.handle}:${side}:${index}`;
}

function resolve(w: Wiring, endpoint: string): ResolvedEndpoint {
  const at = resolveEndpoint(endpoint, w.ipcDir);
  // checkTopology refused malformed endpoints before anything was created.
  if (!at) throw new Error(`unresolvable endpoint ${endpoint}`);
  return at;
}

/** Create the socket (options and monitor first) and bind its endpoints, one at a time. */
export async function openNode(w: Wiring, node: SocketNode): Promise<void> {
  const socket = createSocket(w, node);
  if (!socket) return;
  node.socket = socket;
  node.killed = false;
  node.bound.clear();
  node.connects.clear();
  for (const [index, endpoint] of (node.spec.bind ?? []).entries()) {
    const at = resolve(w, endpoint);
    const peers = at.transport === "inproc" ? null : endpointPeers(w, node, endpoint);
    const bound = { at, ok: false, peers };
    node.bound.set(endpoint, bound);
    if (peers) socket.setZapDomain(zapDomain(w.token, node, "b", index));
    try {
      await bindPatiently(w, socket, at);
      bound.ok = true;
    } catch (error) {
      node.fail("bind-error", error, endpoint);
    }
  }
}

function createSocket(w: Wiring, node: SocketNode): ZmqSocket | null {
  const spec = node.spec;
  const endpoints = [...(spec.bind ?? []), ...(spec.connect ?? [])];
  let socket: ZmqSocket | null = null;
  try {
    socket = w.context.createSocket(
      spec.type,
      {
        options: spec.options ?? {},
        sendTimeout: SEND_TIMEOUT_MS,
        receiveTimeout: RECEIVE_TIMEOUT_MS,
        monitor: endpoints.some(isReachable),
      },
      // Late events of a closed socket must not touch the links of its next life.
      (event) => {
        if (socket !== null && node.socket === socket) w.onMonitor(node, event);
      },
    );
  } catch (error) {
    node.fail("create-error", error);
    return null;
  }
  for (const { option, message } of socket.rejectedOptions) {
    const params = { socket: node.id, option, detail: message };
    w.emitter.diagnostic({
      severity: "warning",
      code: "option-not-supported",
      message: renderEnglishRuntime("option-refused", params),
      messageId: "runtime.option-refused",
      params,
      sockets: [node.id],
    });
  }
  return socket;
}

function endpointPeers(w: Wiring, node: SocketNode, endpoint: string): EndpointPeers {
  return new EndpointPeers(
    w.timers,
    () => performance.now(),
    () =>
      [...w.model.links.values()].some(
        (l) => l.endpoint === endpoint && w.model.nodes.get(l.connector)?.open === true,
      ),
    () => w.onPeersChange(node, endpoint),
    () => node.tracedSendsSettled(),
  );
}

async function bindPatiently(w: Wiring, socket: ZmqSocket, at: ResolvedEndpoint): Promise<void> {
  const deadline = w.released.deadline(at.endpoint);
  for (;;) {
    try {
      await socket.bind(at.resolved);
      return;
    } catch (error) {
      // Our own socket just let go of this address; libzmq frees it a moment later.
      if (errorCode(error) !== "EADDRINUSE" || performance.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, REBIND_STEP_MS));
    }
  }
}

/** Connect every endpoint of the socket; each connection gets its own ZAP domain. */
export function connectNode(w: Wiring, node: SocketNode): void {
  const socket = node.socket;
  if (!socket) return;
  for (const [index, endpoint] of (node.spec.connect ?? []).entries()) {
    const at = resolve(w, endpoint);
    node.connects.set(endpoint, at);
    if (at.transport !== "inproc") socket.setZapDomain(zapDomain(w.token, node, "c", index));
    const link = w.model.links.get(linkId(node.id, endpoint));
    try {
      socket.connect(at.resolved);
      if (at.transport !== "inproc") link?.machine.connecting();
    } catch (error) {
      node.fail("connect-error", error, endpoint);
      link?.machine.force("rejected");
    }
  }
}

/**
 * inproc does not reconnect: when a binder comes back, its connectors must connect again
 * (the old pipe died with the old socket, V).
 */
export function reconnectInproc(w: Wiring, binder: SocketNode, skip: ReadonlySet<string>): void {
  for (const link of w.model.links.values()) {
    if (link.binder !== binder.id || isReachable(link.endpoint) || skip.has(link.connector))
      continue;
    const connector = w.model.nodes.get(link.connector);
    const at = connector?.connects.get(link.endpoint);
    if (!connector?.socket || !at) continue;
    try {
      connector.socket.disconnect(at.resolved);
    } catch {
      // ENOENT: the pipe is already gone, which is the usual case.
    }
    try {
      connector.socket.connect(at.resolved);
    } catch (error) {
      connector.fail("connect-error", error, link.endpoint);
    }
  }
}

/**
 * Close one life of a socket: tell its binders' EndpointPeers that its connections end,
 * mark its links, remove its ipc files (libzmq 4.3.5 leaves them, NOTES §3).
 */
export async function closeNode(w: Wiring, node: SocketNode): Promise<void> {
  for (const [endpoint] of node.connects) {
    const link = w.model.links.get(linkId(node.id, endpoint));
    if (link?.state === "connected") w.model.peersAt(endpoint)?.connectorDropped();
    link?.machine.closed();
  }
  const ipcFiles = [...node.bound.values()].filter((b) => b.ok).map((b) => b.at);
  node.close();
  const now = performance.now();
  for (const endpoint of node.bound.keys()) w.released.note(endpoint, now);
  await Promise.all(ipcFiles.map((at) => (at.ipcPath ? rm(at.ipcPath, { force: true }) : null)));
}
