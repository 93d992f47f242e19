import type { ProcessSpec, Topology } from "@zmq-playground/shared";
import { nonEmpty, withField } from "./fields.js";
import { takenIds, uniqueId } from "./ids.js";
import { withProcessesPruned } from "./sockets.js";

/** Every process id in use: declared ones first, then ones only sockets mention. */
export function processIds(topology: Topology): string[] {
  const ids = (topology.processes ?? []).map((p) => p.id);
  for (const s of topology.sockets)
    if (s.process !== undefined && !ids.includes(s.process)) ids.push(s.process);
  return ids;
}

/** Put sockets into a new process (they leave the process they were in). */
export function groupIntoProcess(
  topology: Topology,
  socketIds: ReadonlySet<string>,
  label?: string,
): { topology: Topology; processId: string } {
  const processId = uniqueId("process-1", takenIds(topology));
  const process: ProcessSpec = label ? { id: processId, label } : { id: processId };
  const sockets = topology.sockets.map((s) =>
    socketIds.has(s.id) ? { ...s, process: processId } : s,
  );
  const grouped = { ...topology, processes: [...(topology.processes ?? []), process], sockets };
  return { topology: withProcessesPruned(grouped), processId };
}

/** Dissolve a process: its sockets become processes of their own. */
export function ungroupProcess(topology: Topology, processId: string): Topology {
  const sockets = topology.sockets.map((s) =>
    s.process === processId ? withField(s, "process", undefined) : s,
  );
  const processes = (topology.processes ?? []).filter((p) => p.id !== processId);
  return withField({ ...topology, sockets }, "processes", nonEmpty(processes));
}

/** Set a process's label (declaring the process if only its sockets named it). */
export function renameProcess(topology: Topology, processId: string, label: string): Topology {
  const declared = (topology.processes ?? []).some((p) => p.id === processId);
  const processes = declared
    ? (topology.processes ?? []).map((p) =>
        p.id === processId ? withField(p, "label", label || undefined) : p,
      )
    : [
        ...(topology.processes ?? []),
        withField<ProcessSpec, "label">({ id: processId }, "label", label || undefined),
      ];
  return { ...topology, processes };
}

/** Move a socket into a process, or out of any (`undefined`). */
export function setSocketProcess(
  topology: Topology,
  socketId: string,
  processId: string | undefined,
): Topology {
  const sockets = topology.sockets.map((s) =>
    s.id === socketId ? withField(s, "process", processId) : s,
  );
  return withProcessesPruned({ ...topology, sockets });
}
