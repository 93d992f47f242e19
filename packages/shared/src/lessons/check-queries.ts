import { linkCount } from "./expectations.js";
import type { RunStats, SocketStats } from "../protocol/stats.js";
import { checkTopology } from "../topology/check.js";
import type { Diagnostic, DiagnosticCode } from "../topology/diagnostics.js";
import type { SocketSpec, Topology } from "../topology/schema.js";
import type { CheckInput } from "./check-result.js";
import type { Verdict } from "./check-result.js";

/** The name a student sees on the canvas: the label, or the id. */
export function nameOf(socket: SocketSpec): string {
  return socket.label ?? socket.id;
}

export function socketById(topology: Topology, id: string): SocketSpec | undefined {
  return topology.sockets.find((s) => s.id === id);
}

/** The sockets the lesson's topology had; a missing one is reported by id. */
export function requireSockets(
  verdict: Verdict,
  topology: Topology,
  ids: readonly string[],
): SocketSpec[] | null {
  const found = ids.map((id) => socketById(topology, id));
  const present = found.filter((s): s is SocketSpec => s !== undefined);
  ids.forEach((id, i) => verdict.need(found[i] !== undefined, "socket-missing", { socket: id }));
  return present.length === ids.length ? present : null;
}

/** Whether `connector` connects to an endpoint `binder` binds (a link between them). */
export function connectsTo(connector: SocketSpec, binder: SocketSpec): boolean {
  const bound = new Set(binder.bind ?? []);
  return (connector.connect ?? []).some((ep) => bound.has(ep));
}

/** Whether two sockets are linked, whichever of them binds. */
export function linked(a: SocketSpec, b: SocketSpec): boolean {
  return connectsTo(a, b) || connectsTo(b, a);
}

/** Whether a SUB's subscriptions let a message starting with `text` through. */
export function subscribesTo(socket: SocketSpec, text: string): boolean {
  return (socket.options?.subscribe ?? []).some((prefix) => text.startsWith(prefix));
}

/** The diagnostics of the student's topology with this code. */
export function withCode(diagnostics: readonly Diagnostic[], code: DiagnosticCode): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** Fail with "fix-errors" when the validator still finds errors (nothing can run). */
export function needNoErrors(verdict: Verdict, diagnostics: readonly Diagnostic[]): boolean {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return verdict.need(errors === 0, "fix-errors", { count: errors });
}

/** The validator's verdict on the student's topology. */
export function diagnose(input: CheckInput): Diagnostic[] {
  return checkTopology(input.topology);
}

/** The run's counters of one socket (zeros when it has none yet). */
export function statsOf(run: RunStats, id: string): SocketStats {
  return run.sockets.find((s) => s.id === id) ?? { id, sent: 0, received: 0, errors: 0 };
}

/** The run, or "run-first" when the topology is not running. */
export function requireRun(verdict: Verdict, input: CheckInput): RunStats | null {
  return verdict.need(input.run !== null, "run-first") ? input.run : null;
}

/** Messages that reached `connector` from `binder` over the links between them. */
export function heardFrom(run: RunStats, connector: string, binder: string): number {
  return linkCount(run, connector, binder, "toConnector");
}

/** How many messages a socket's send behaviour sends in all (undefined: forever). */
export function sendCount(socket: SocketSpec): number | undefined {
  return socket.behavior?.send?.count;
}
