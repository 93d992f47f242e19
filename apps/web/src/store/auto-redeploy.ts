import { hasErrors, type Topology } from "@zmq-playground/shared";
import type { AppStore } from "./app-store.js";
import { diagnosticsOf } from "./selectors.js";

/** Edits closer together than this are one redeploy (typing a port number, dragging a link). */
export const REDEPLOY_DEBOUNCE_MS = 400;

/**
 * What the running sockets see of a document: no positions, labels or titles. Moving a
 * socket on the canvas is not worth a redeploy (the gateway would keep everything anyway).
 */
export function runnableKey(topology: Topology): string {
  return JSON.stringify(
    topology.sockets.map((socket) => ({ ...socket, position: undefined, label: undefined })),
  );
}

/**
 * While a topology runs, every edit is deployed (debounced): the gateway recreates only
 * the sockets whose definition changed, so counters on the rest survive. A document with
 * errors is not sent; the editor already shows what to fix.
 */
export function startAutoRedeploy(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const redeploy = () => {
    timer = null;
    const s = store.getState();
    if (s.run.status !== "running") return;
    const deployed = s.deployedTopology;
    if (deployed && runnableKey(deployed) === runnableKey(s.topology)) {
      s.setRedeploy("idle");
      return;
    }
    if (hasErrors(diagnosticsOf(s.topology))) {
      s.setRedeploy("blocked");
      return;
    }
    void s.runTopology();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.topology === previous.topology || state.run.status !== "running") return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(redeploy, REDEPLOY_DEBOUNCE_MS);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
  };
}
