import { diagnosticsOf } from "./selectors.js";
import type { AppState } from "./types.js";

// Module-level selectors of the runtime slice, so components subscribe to stable functions.

export const selectConnection = (s: AppState) => s.connection;
export const selectRun = (s: AppState) => s.run;
export const selectRunStatus = (s: AppState) => s.run.status;
export const selectLive = (s: AppState) => s.live;
export const selectSamples = (s: AppState) => s.samples;
export const selectEvents = (s: AppState) => s.events;
export const selectRuntimeDiagnostics = (s: AppState) => s.runtimeDiagnostics;
export const selectLastError = (s: AppState) => s.lastError;
export const selectEndpoints = (s: AppState) => s.run.endpoints;

/** The live counters of one socket; undefined when not running or not yet ticked. */
export const selectLiveSocket = (id: string) => (s: AppState) => s.live.sockets[id];
/** The live counters of one link (`linkId(connector, endpoint)`). */
export const selectLiveLink = (linkId: string) => (s: AppState) => s.live.links[linkId];
export const selectRedeploy = (s: AppState) => s.redeploy;

/** Errors the validator finds in the document: Run waits until there are none. */
export const selectErrorCount = (s: AppState) =>
  diagnosticsOf(s.topology).filter((d) => d.severity === "error").length;
