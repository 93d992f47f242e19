import type { Diagnostic } from "../diagnostics.js";
import { diagnostic, quotedIds, type RuleContext } from "./context.js";

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
        `Two sockets are called "${s.id}" (sockets[${first}] and sockets[${i}]). Links, forwards and counters find a socket by its id, so each id must be unique: rename one of them.`,
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
        `Two processes are called "${p.id}". Sockets join a process by its id, so each process id must be unique: rename one of them.`,
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
          `Socket "${s.id}" says it lives in process "${s.process}", but no process has that id. Add { "id": "${s.process}" } to "processes", or remove "process" to give the socket a process of its own.`,
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
    const mates = members.length > 0 ? `, together with ${quotedIds(members)}` : "";
    out.push(
      diagnostic(
        "error",
        "process-id-clash",
        `Process "${p.id}" has the same id as socket "${p.id}", which has no "process" of its own. A socket without a process runs in a process named after its id, so socket "${p.id}" would silently join process "${p.id}"${mates}, and they would start, stop and be killed together. Rename the process, or set the socket's "process".`,
        [p.id, ...members],
        { path: ["processes", i, "id"] },
      ),
    );
  });
  return out;
}
