import type { Topology } from "@zmq-playground/shared";
import { createStore, type StoreApi } from "zustand/vanilla";
import { createDocumentSlice } from "./document-slice.js";
import { createEditingSlice } from "./editing-slice.js";
import type { AppState } from "./types.js";
import { createUiSlice } from "./ui-slice.js";

export type AppStore = StoreApi<AppState>;

/** A fresh store; tests build one per test, the app builds one at start. */
export function createAppStore(initial?: Topology): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createEditingSlice(...a),
    ...createUiSlice(...a),
  }));
}
