import { processOf, type SocketType, type Topology } from "@zmq-playground/shared";
import { useCallback, useMemo } from "react";
import { selectTopology } from "../../store/selectors.js";
import { useAppStore } from "../../store/store-context.js";
import type { AppState } from "../../store/types.js";
import type { TypeOf } from "./message-item.js";

const selectDeployed = (s: AppState) => s.deployedTopology;

/** The topology that runs: as last deployed, or the document when that is unknown (a resumed session). */
export function useRunningTopology(): Topology {
  const deployed = useAppStore(selectDeployed);
  const document = useAppStore(selectTopology);
  return deployed ?? document;
}

/** Socket types by id, from the running topology, for labelling frames. */
export function useTypeOf(): TypeOf {
  const topology = useRunningTopology();
  const types = useMemo(() => new Map(topology.sockets.map((s) => [s.id, s.type])), [topology]);
  return useCallback((id: string): SocketType | null => types.get(id) ?? null, [types]);
}

/** Subscribe to a selector made for one id (selectLiveSocket(id), say), made once per id. */
export function useSelectorFor<T>(make: (id: string) => (s: AppState) => T, id: string): T {
  const selector = useMemo(() => make(id), [make, id]);
  return useAppStore(selector);
}

/** Whether a process of the running topology is killed now (its sockets say so in the ticks). */
export function useProcessKilled(processId: string): boolean {
  const topology = useRunningTopology();
  const ids = useMemo(
    () => topology.sockets.filter((s) => processOf(s) === processId).map((s) => s.id),
    [topology, processId],
  );
  return useAppStore((s) => ids.some((id) => s.live.sockets[id]?.killed === true));
}
