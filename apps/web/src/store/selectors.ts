import { checkTopology, type Diagnostic, type Topology } from "@zmq-playground/shared";
import { mergedDiagnosticsOf } from "./merge-diagnostics.js";
import type { AppState } from "./types.js";

// Selectors are declared once, here, so components subscribe to stable functions.

export const selectTopology = (s: AppState) => s.topology;
export const selectSelection = (s: AppState) => s.selection;
export const selectTheme = (s: AppState) => s.theme;
export const selectSnapToGrid = (s: AppState) => s.snapToGrid;
export const selectDialog = (s: AppState) => s.dialog;
export const selectToast = (s: AppState) => s.toast;
export const selectFitViewRequest = (s: AppState) => s.fitViewRequest;
export const selectCanUndo = (s: AppState) => s.past.length > 0;
export const selectCanRedo = (s: AppState) => s.future.length > 0;
export const selectHasSelection = (s: AppState) =>
  s.selection.sockets.length + s.selection.links.length + s.selection.processes.length > 0;

const diagnosticsCache = new WeakMap<Topology, Diagnostic[]>();

/** The validator's verdict on a document, computed once per version of it. */
export function diagnosticsOf(topology: Topology): Diagnostic[] {
  let diagnostics = diagnosticsCache.get(topology);
  if (!diagnostics) {
    diagnostics = checkTopology(topology);
    diagnosticsCache.set(topology, diagnostics);
  }
  return diagnostics;
}

/** What the editor shows: the validator's verdict plus what the gateway reported while running. */
export const selectDiagnostics = (s: AppState) =>
  mergedDiagnosticsOf(s.topology, diagnosticsOf(s.topology), s.runtimeDiagnostics);

/** The one socket the inspector shows, when exactly one is selected. */
export const selectSelectedSocket = (s: AppState) => {
  const { sockets, links, processes } = s.selection;
  if (sockets.length !== 1 || links.length + processes.length > 0) return null;
  return s.topology.sockets.find((x) => x.id === sockets[0]) ?? null;
};
