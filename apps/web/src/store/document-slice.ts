import type { Topology } from "@zmq-playground/shared";
import { emptyTopology } from "./empty-topology.js";
import type { SliceCreator } from "./types.js";

/** How many steps undo remembers. Documents are small and shared structurally. */
export const HISTORY_LIMIT = 200;
/** Edits with the same key this close together (typing in a field) are one undo step. */
export const COALESCE_MS = 1200;

export interface DocumentSlice {
  /** The document: the single source of truth; nodes and edges are derived from it. */
  topology: Topology;
  past: readonly Topology[];
  future: readonly Topology[];
  lastEdit: { key: string; at: number } | null;
  /** Record a new version of the document as one undo step (or merge into the last one). */
  commit: (next: Topology, coalesceKey?: string) => void;
  undo: () => void;
  redo: () => void;
}

/** The document slice, starting from `initial` (a restored autosave, a test's fixture) or a blank document. */
export function createDocumentSlice(initial?: Topology): SliceCreator<DocumentSlice> {
  return (set, get) => ({
    topology: initial ?? emptyTopology(),
    past: [],
    future: [],
    lastEdit: null,
    commit: (next, coalesceKey) => {
      const { topology, past, lastEdit } = get();
      if (next === topology) return;
      const now = Date.now();
      const merge =
        coalesceKey !== undefined &&
        lastEdit?.key === coalesceKey &&
        now - lastEdit.at < COALESCE_MS &&
        past.length > 0;
      set({
        topology: next,
        past: merge ? past : [...past, topology].slice(-HISTORY_LIMIT),
        future: [],
        lastEdit: coalesceKey === undefined ? null : { key: coalesceKey, at: now },
      });
    },
    undo: () => {
      const { topology, past, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({
        topology: previous,
        past: past.slice(0, -1),
        future: [topology, ...future],
        lastEdit: null,
      });
    },
    redo: () => {
      const { topology, past, future } = get();
      const next = future[0];
      if (!next) return;
      set({ topology: next, past: [...past, topology], future: future.slice(1), lastEdit: null });
    },
  });
}
