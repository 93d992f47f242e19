import { CATALOG } from "../catalog/catalog.js";
import { Verdict, type CheckInput, type CheckResult } from "./check-result.js";
import {
  diagnose,
  linked,
  nameOf,
  needNoErrors,
  requireRun,
  requireSockets,
  statsOf,
  withCode,
} from "./check-queries.js";

const ENOUGH_REPLIES = 3;

/**
 * An illegal link: the client and the server stay linked, their types may talk, the
 * server answers, and (running) the client gets its replies.
 */
export function checkLegalLink(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const [client, server] = requireSockets(verdict, input.topology, ["client", "server"]) ?? [];
  if (!client || !server) return verdict.result();
  const diagnostics = diagnose(input);
  const names = { socket: nameOf(client), target: nameOf(server) };
  if (!verdict.need(linked(client, server), "keep-the-link", names)) return verdict.result();
  const clash = withCode(diagnostics, "incompatible-peers").some(
    (d) => d.sockets.includes(client.id) && d.sockets.includes(server.id),
  );
  verdict.need(!clash, "incompatible", {
    ...names,
    type: client.type,
    targetType: server.type,
    allowed: CATALOG[client.type].peers.join(", "),
  });
  verdict.need(server.behavior?.reply !== undefined, "server-must-reply", {
    socket: nameOf(server),
  });
  if (!verdict.ok || !needNoErrors(verdict, diagnostics)) return verdict.result();
  const run = requireRun(verdict, input);
  if (run) {
    verdict.need(statsOf(run, client.id).received >= ENOUGH_REPLIES, "no-replies-yet", {
      socket: nameOf(client),
    });
  }
  return verdict.result();
}
