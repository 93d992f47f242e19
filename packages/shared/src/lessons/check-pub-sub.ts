import { Verdict, type CheckInput, type CheckResult } from "./check-result.js";
import {
  connectsTo,
  nameOf,
  requireRun,
  requireSockets,
  statsOf,
  subscribesTo,
} from "./check-queries.js";
import type { SocketSpec } from "../topology/schema.js";

// The seed example 03-03: the publisher on 5556 sends "10002 ...", the one on 5546 "10001 ...".
const WANTED = { publisher: "pub-5556", topic: "10002" };
const OTHER_TOPIC = "10001";
const EXISTING = new Set(["sub-1", "sub-2"]);

/**
 * PUB-SUB: a new subscriber that hears publisher 2's topic "10002" and nothing of "10001".
 * Among several new SUBs, the one closest to right is judged.
 */
export function checkSubForOneTopic(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const found = requireSockets(verdict, input.topology, [WANTED.publisher]);
  const publisher = found?.[0];
  if (publisher === undefined) return verdict.result();
  const candidates = input.topology.sockets.filter((s) => s.type === "SUB" && !EXISTING.has(s.id));
  if (!verdict.need(candidates.length > 0, "add-subscriber", { topic: WANTED.topic })) {
    return verdict.result();
  }
  const judged = candidates.map((sub) => judge(input, sub, publisher));
  return judged.reduce((best, r) => (r.missing.length < best.missing.length ? r : best));
}

function judge(input: CheckInput, sub: SocketSpec, publisher: SocketSpec): CheckResult {
  const verdict = new Verdict();
  const socket = nameOf(sub);
  verdict.need(connectsTo(sub, publisher), "connect-to", { socket, target: nameOf(publisher) });
  verdict.need(subscribesTo(sub, WANTED.topic), "subscribe-to", { socket, topic: WANTED.topic });
  verdict.need(!subscribesTo(sub, OTHER_TOPIC), "hears-other-topic", {
    socket,
    topic: OTHER_TOPIC,
  });
  verdict.need(sub.behavior?.consume !== undefined, "needs-consume", { socket });
  if (!verdict.ok) return verdict.result();
  const run = requireRun(verdict, input);
  if (run) verdict.need(statsOf(run, sub.id).received > 0, "nothing-received-yet", { socket });
  return verdict.result();
}
