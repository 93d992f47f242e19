import { arePeersCompatible, CATALOG } from "../../catalog/catalog.js";
import type { Diagnostic } from "../diagnostics.js";
import { andList, diagnostic, nameOf, orList, type RuleContext } from "./context.js";

/** Links between socket types that cannot talk, checked from the catalog's peer table. */
export function checkPeerTypes(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const link of ctx.links) {
    // A duplicate connect repeats its link; it is reported once, as duplicate-connect.
    if (seen.has(link.id)) continue;
    seen.add(link.id);
    if (link.binder === null || link.binder === link.connector) continue;
    const a = ctx.byId.get(link.connector);
    const b = ctx.byId.get(link.binder);
    if (a === undefined || b === undefined || arePeersCompatible(a.type, b.type)) continue;
    // Never rely on libzmq here: over tcp/ipc it drops the connection without an error,
    // and over inproc it does not check at all (ZEROMQ_NOTES §1).
    out.push(
      diagnostic(
        "error",
        "incompatible-peers",
        `${nameOf(a)} cannot talk to ${nameOf(b)} (it connects to ${link.endpoint}): a ${a.type} only works with ${orList(CATALOG[a.type].peers)}, and a ${b.type} only with ${orList(CATALOG[b.type].peers)}. libzmq would silently drop such a connection (or, over inproc, let mismatched messages through), so the playground refuses it. Change one of the two types.`,
        [a.id, b.id],
        { endpoint: link.endpoint },
      ),
    );
  }
  return out;
}

/** PAIR and CHANNEL serve exactly one peer; libzmq accepts more but drops their messages. */
export function checkSinglePeer(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.topology.sockets.forEach((socket, i) => {
    if (socket.type !== "PAIR" && socket.type !== "CHANNEL") return;
    if (ctx.byId.get(socket.id) !== socket) return;
    const peers: string[] = [];
    const names: string[] = [];
    for (const link of ctx.links) {
      if (link.connector === socket.id && link.binder !== socket.id) {
        if (link.binder === null) names.push(`an outside program at ${link.endpoint}`);
        else {
          peers.push(link.binder);
          names.push(`"${link.binder}"`);
        }
      } else if (link.binder === socket.id && link.connector !== socket.id) {
        peers.push(link.connector);
        names.push(`"${link.connector}"`);
      }
    }
    if (names.length < 2) return;
    out.push(
      diagnostic(
        "error",
        "pair-multiple-peers",
        `${nameOf(socket)} has ${names.length} peers (${andList(names)}). A ${socket.type} talks to exactly one other ${socket.type}: libzmq accepts the extra connections, but their messages silently vanish. Keep one peer per ${socket.type}, or use a pattern made for many peers (DEALER/ROUTER, PUSH/PULL, PUB/SUB).`,
        [socket.id, ...peers],
        { path: ["sockets", i] },
      ),
    );
  });
  return out;
}
