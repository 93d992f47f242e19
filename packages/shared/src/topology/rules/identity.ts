import type { Diagnostic } from "../diagnostics.js";
import { diagnostic, listParam, type RuleContext } from "./context.js";

/** Ids name sockets in links, forwards and counters, so each must mean one thing. */
export function checkIdentity(ctx: RuleContext): Diagnostic[] {
  return [...duplicateSocketIds(ctx), ...duplicateProcessIds(ctx), ...processReferences(ctx)];
}

function duplicateSocketIds({ topology }: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstIndex = new Map<string, number>();
  topology.sockets.forEach((s, i) => {
    const first = firstIndex.get(s.id);
    if (first === undefined) {
      firstIndex.set(s.id, i);
      return;
    }
    out.push(
      diagnostic(
        "error",
        "duplicate-id",
        { id: "duplicate-id.socket", params: { socket: s.id, first, second: i } },
        [s.id],
        { path: ["sockets", i, "id"] },
      ),
    );
  });
  return out;
}

function duplicateProcessIds({ topology }: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  (topology.processes ?? []).forEach((p, i) => {
    if (!seen.has(p.id)) {
      seen.add(p.id);
      return;
    }
    const members = topology.sockets.filter((s) => s.process === p.id).map((s) => s.id);
    out.push(
      diagnostic(
        "error",
        "duplicate-id",
        { id: "duplicate-id.process", params: { process: p.id } },
        members,
        { path: ["processes", i, "id"] },
      ),
    );
  });
  return out;
}

function processReferences({ topology }: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const declared = new Set((topology.processes ?? []).map((p) => p.id));
  topology.sockets.forEach((s, i) => {
    if (s.process !== undefined && !declared.has(s.process)) {
      out.push(
        diagnostic(
          "error",
          "unknown-process",
          { id: "unknown-process", params: { socket: s.id, process: s.process } },
          [s.id],
          { path: ["sockets", i, "process"] },
        ),
      );
    }
  });
  // A socket without `process` runs in a process named by its own id (processOf), so
  // a declared process with that id would silently pull it in with other sockets.
  (topology.processes ?? []).forEach((p, i) => {
    const standalone = topology.sockets.find((s) => s.id === p.id && s.process === undefined);
    if (standalone === undefined) return;
    const members = topology.sockets.filter((s) => s.process === p.id).map((s) => s.id);
    out.push(
      diagnostic(
        "error",
        "process-id-clash",
        members.length > 0
          ? {
              id: "process-id-clash.members",
              params: { process: p.id, members: listParam(members) },
            }
          : { id: "process-id-clash.alone", params: { process: p.id } },
        [p.id, ...members],
        { path: ["processes", i, "id"] },
      ),
    );
  });
  return out;
}
