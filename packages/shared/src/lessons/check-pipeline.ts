import { Verdict, type CheckInput, type CheckResult } from "./check-result.js";
import {
  connectsTo,
  nameOf,
  requireRun,
  requireSockets,
  sendCount,
  socketById,
  statsOf,
} from "./check-queries.js";
import type { SocketSpec, Topology } from "../topology/schema.js";

const WANTED_CONSUMERS = 3;

/**
 * Pipeline: three consumers share the producer's tasks, each passing its results on to
 * the collector, and (running) every one of them gets work and the collector gets all.
 */
export function checkThreeConsumers(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const found = requireSockets(verdict, input.topology, ["producer", "collector"]);
  if (!found) return verdict.result();
  const [producer, collector] = found;
  if (!producer || !collector) return verdict.result();
  const consumers = input.topology.sockets.filter(
    (s) => s.type === "PULL" && connectsTo(s, producer),
  );
  verdict.need(consumers.length >= WANTED_CONSUMERS, "more-consumers", {
    have: consumers.length,
    want: WANTED_CONSUMERS,
  });
  for (const consumer of consumers) {
    verdict.need(passesOn(input.topology, consumer, collector), "consumer-not-passing-on", {
      socket: nameOf(consumer),
      target: nameOf(collector),
    });
  }
  if (!verdict.ok) return verdict.result();
  const run = requireRun(verdict, input);
  if (!run) return verdict.result();
  for (const consumer of consumers) {
    verdict.need(statsOf(run, consumer.id).received > 0, "consumer-idle", {
      socket: nameOf(consumer),
    });
  }
  const want = sendCount(producer) ?? statsOf(run, producer.id).sent;
  const got = statsOf(run, collector.id).received;
  verdict.need(got >= want, "collector-short", { socket: nameOf(collector), got, want });
  return verdict.result();
}

/** Whether a consumer forwards to a PUSH of its own process that reaches the collector. */
function passesOn(topology: Topology, consumer: SocketSpec, collector: SocketSpec): boolean {
  const to = consumer.behavior?.forward?.to;
  const out = to === undefined ? undefined : socketById(topology, to);
  return out !== undefined && out.process === consumer.process && connectsTo(out, collector);
}
