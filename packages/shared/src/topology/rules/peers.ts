import { arePeersCompatible, CATALOG } from "../../catalog/catalog.js";
import type { Diagnostic } from "../diagnostics.js";
import { diagnostic, listParam, socketParams, type RuleContext } from "./context.js";

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
        {
          id: "incompatible-peers",
          params: {
            connector: a.id,
            connectorType: a.type,
            binder: b.id,
            binderType: b.type,
            endpoint: link.endpoint,
            connectorPeers: listParam(CATALOG[a.type].peers),
            binderPeers: listParam(CATALOG[b.type].peers),
          },
        },
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
    // Peer ids, or the endpoint of an outside program on a connect nobody binds.
    const names: string[] = [];
    for (const link of ctx.links) {
      if (link.connector === socket.id && link.binder !== socket.id) {
        if (link.binder === null) names.push(link.endpoint);
        else {
          peers.push(link.binder);
          names.push(link.binder);
        }
      } else if (link.binder === socket.id && link.connector !== socket.id) {
        peers.push(link.connector);
        names.push(link.connector);
      }
    }
    if (names.length < 2) return;
    out.push(
      diagnostic(
        "error",
        "pair-multiple-peers",
        {
          id: "pair-multiple-peers",
          params: { ...socketParams(socket), peerCount: names.length, peers: listParam(names) },
        },
        [socket.id, ...peers],
        { path: ["sockets", i] },
      ),
    );
  });
  return out;
}
