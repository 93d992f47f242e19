import type { Diagnostic, DiagnosticCode } from "./diagnostics.js";
import type { ProcessSpec, SocketSpec, Topology } from "./schema.js";

/** A topology around these sockets, for tests. */
export function topologyOf(sockets: SocketSpec[], processes?: ProcessSpec[]): Topology {
  const t: Topology = { format: "zmq-topology", version: 1, sockets };
  if (processes !== undefined) t.processes = processes;
  return t;
}

/** The diagnostics with this code. */
export function withCode(diagnostics: readonly Diagnostic[], code: DiagnosticCode): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** A tcp endpoint on loopback. */
export function tcp(port: number): string {
  return `tcp://127.0.0.1:${port}`;
}
