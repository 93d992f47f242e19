import { Verdict, type CheckInput, type CheckResult } from "./check-result.js";
import { nameOf, requireRun, requireSockets, sendCount, statsOf } from "./check-queries.js";

/**
 * Connect first, bind later: the sender keeps connecting to its endpoint, a PULL that
 * consumes binds it, and (running) that collector got every task, also those sent before
 * it existed.
 */
export function checkLateCollector(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const sender = requireSockets(verdict, input.topology, ["sender"])?.[0];
  if (!sender) return verdict.result();
  const endpoint = sender.connect?.[0];
  if (!verdict.need(endpoint !== undefined, "sender-must-connect", { socket: nameOf(sender) })) {
    return verdict.result();
  }
  const collector = input.topology.sockets.find(
    (s) => s.type === "PULL" && (s.bind ?? []).includes(endpoint ?? ""),
  );
  if (!verdict.need(collector !== undefined, "bind-missing", { endpoint: endpoint ?? "" })) {
    return verdict.result();
  }
  if (!collector) return verdict.result();
  const socket = nameOf(collector);
  verdict.need(collector.behavior?.consume !== undefined, "needs-consume", { socket });
  if (!verdict.ok) return verdict.result();
  const run = requireRun(verdict, input);
  if (!run) return verdict.result();
  const want = sendCount(sender) ?? statsOf(run, sender.id).sent;
  const got = statsOf(run, collector.id).received;
  verdict.need(got >= want, "collector-short", { socket, got, want });
  return verdict.result();
}
