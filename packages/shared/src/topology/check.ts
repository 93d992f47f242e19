import { arePeersCompatible, CATALOG } from "../catalog/catalog.js";
import type { Diagnostic } from "./diagnostics.js";
import { deriveLinks } from "./links.js";
import type { Topology } from "./schema.js";

/**
 * Validate a parsed topology. Pure: returns every problem found, keyed to socket ids
 * and endpoints; an empty list (or warnings only) means it can run.
 */
export function checkTopology(topology: Topology): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(topology.sockets.map((s) => [s.id, s]));
  for (const link of deriveLinks(topology)) {
    const a = byId.get(link.connector);
    const b = link.binder === null ? undefined : byId.get(link.binder);
    if (a && b && !arePeersCompatible(a.type, b.type)) {
      diagnostics.push({
        severity: "error",
        code: "incompatible-peers",
        message: `${a.type} cannot talk to ${b.type}: a ${a.type} socket works with ${CATALOG[a.type].peers.join(" or ")}`,
        sockets: [a.id, b.id],
        endpoint: link.endpoint,
      });
    }
  }
  return diagnostics;
}
