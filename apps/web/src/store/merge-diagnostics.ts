import type { Diagnostic, Topology } from "@zmq-playground/shared";

const key = (d: Diagnostic) => `${d.code}\n${d.endpoint ?? ""}\n${d.sockets.join("\n")}`;

/**
 * The editor's diagnostics plus the gateway's (a bind that failed, an address another
 * program holds), without repeating what the editor already says, and without problems
 * about sockets or endpoints the document no longer has.
 */
export function mergeDiagnostics(
  topology: Topology,
  editor: Diagnostic[],
  runtime: readonly Diagnostic[],
): Diagnostic[] {
  if (runtime.length === 0) return editor;
  const ids = new Set(topology.sockets.map((s) => s.id));
  const endpoints = new Set(
    topology.sockets.flatMap((s) => [...(s.bind ?? []), ...(s.connect ?? [])]),
  );
  const known = new Set(editor.map(key));
  // A problem about a socket or an endpoint that was since removed or renamed is stale.
  const current = (d: Diagnostic) =>
    d.sockets.every((id) => ids.has(id)) && (d.endpoint === undefined || endpoints.has(d.endpoint));
  const extra = runtime.filter((d) => current(d) && !known.has(key(d)));
  return extra.length === 0 ? editor : [...editor, ...extra];
}

const cache = new WeakMap<Topology, { runtime: readonly Diagnostic[]; merged: Diagnostic[] }>();

/** `mergeDiagnostics`, computed once per pair of document and runtime diagnostics. */
export function mergedDiagnosticsOf(
  topology: Topology,
  editor: Diagnostic[],
  runtime: readonly Diagnostic[],
): Diagnostic[] {
  const hit = cache.get(topology);
  if (hit && hit.runtime === runtime) return hit.merged;
  const merged = mergeDiagnostics(topology, editor, runtime);
  cache.set(topology, { runtime, merged });
  return merged;
}
