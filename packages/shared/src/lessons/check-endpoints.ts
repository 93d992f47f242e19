import { Verdict, type CheckInput, type CheckResult } from "./check-result.js";
import {
  connectsTo,
  diagnose,
  heardFrom,
  nameOf,
  needNoErrors,
  requireRun,
  requireSockets,
  statsOf,
  withCode,
} from "./check-queries.js";

/**
 * Address in use: no endpoint is bound twice, both publishers still bind something, the
 * reader connects to both and (running) hears from both.
 */
export function checkOneBindPerAddress(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const found = requireSockets(verdict, input.topology, ["pub-a", "pub-b", "reader"]);
  const [pubA, pubB, reader] = found ?? [];
  if (!pubA || !pubB || !reader) return verdict.result();
  const diagnostics = diagnose(input);
  for (const d of withCode(diagnostics, "address-in-use")) {
    verdict.need(false, "address-still-in-use", { endpoint: d.endpoint ?? "" });
  }
  const publishers = [pubA, pubB];
  for (const pub of publishers) {
    verdict.need((pub.bind ?? []).length > 0, "publisher-not-bound", { socket: nameOf(pub) });
  }
  for (const pub of publishers) {
    verdict.need(connectsTo(reader, pub), "connect-to", {
      socket: nameOf(reader),
      target: nameOf(pub),
    });
  }
  if (!verdict.ok || !needNoErrors(verdict, diagnostics)) return verdict.result();
  const run = requireRun(verdict, input);
  if (!run) return verdict.result();
  for (const pub of publishers) {
    verdict.need(heardFrom(run, reader.id, pub.id) > 0, "not-heard-from", {
      socket: nameOf(reader),
      target: nameOf(pub),
    });
  }
  return verdict.result();
}

/**
 * pgm and epgm: no endpoint uses a transport this build lacks, the subscriber is linked
 * to the publisher and (running) receives.
 */
export function checkSupportedTransport(input: CheckInput): CheckResult {
  const verdict = new Verdict();
  const found = requireSockets(verdict, input.topology, ["publisher", "subscriber"]);
  const [publisher, subscriber] = found ?? [];
  if (!publisher || !subscriber) return verdict.result();
  const diagnostics = diagnose(input);
  const endpoints = new Set(withCode(diagnostics, "unsupported-transport").map((d) => d.endpoint));
  for (const endpoint of endpoints) {
    verdict.need(false, "unsupported-transport", { endpoint: endpoint ?? "" });
  }
  const socket = nameOf(subscriber);
  verdict.need(connectsTo(subscriber, publisher), "connect-to", {
    socket,
    target: nameOf(publisher),
  });
  if (!verdict.ok || !needNoErrors(verdict, diagnostics)) return verdict.result();
  const run = requireRun(verdict, input);
  if (run)
    verdict.need(statsOf(run, subscriber.id).received > 0, "nothing-received-yet", { socket });
  return verdict.result();
}
