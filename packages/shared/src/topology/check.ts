import type { Diagnostic } from "./diagnostics.js";
import { sortDiagnostics } from "./diagnostic-lookup.js";
import { deriveLinks } from "./links.js";
import { checkBehaviors } from "./rules/behaviors.js";
import type { CheckOptions, Rule, RuleContext } from "./rules/context.js";
import { checkEndpoints } from "./rules/endpoints.js";
import { checkForwards } from "./rules/forward.js";
import { checkIdentity } from "./rules/identity.js";
import { checkOptions } from "./rules/socket-options.js";
import { checkPeerTypes, checkSinglePeer } from "./rules/peers.js";
import { checkWiring } from "./rules/wiring.js";
import type { SocketSpec, Topology } from "./schema.js";

export type { CheckOptions } from "./rules/context.js";

/** Rule groups, in the order their findings appear among diagnostics of one severity. */
const RULES: readonly Rule[] = [
  checkIdentity,
  checkEndpoints,
  checkWiring,
  checkPeerTypes,
  checkSinglePeer,
  checkOptions,
  checkBehaviors,
  checkForwards,
];

/**
 * Validate a topology that already passed the schema. Pure: returns every problem found,
 * keyed to socket ids and endpoints, errors first then warnings then info, each group
 * in document order. No errors (warnings and info may remain) means it can be deployed.
 * The editor runs it as you draw and the gateway before every deploy.
 */
export function checkTopology(topology: Topology, options: CheckOptions = {}): Diagnostic[] {
  const byId = new Map<string, SocketSpec>();
  for (const s of topology.sockets) if (!byId.has(s.id)) byId.set(s.id, s);
  const ctx: RuleContext = { topology, options, byId, links: deriveLinks(topology) };
  return sortDiagnostics(RULES.flatMap((rule) => rule(ctx)));
}
