import type { StateCreator } from "zustand";
import type { DocumentSlice } from "./document-slice.js";
import type { EditingSlice } from "./editing-slice.js";
import type { ReplaySlice } from "./replay-slice.js";
import type { RuntimeSlice } from "./runtime-slice.js";
import type { UiSlice } from "./ui-slice.js";

/**
 * The whole store. The runtime slice is fed by the gateway client in `src/gateway/`
 * through one `applyServerMessage` entry point, or by a replayed recording.
 */
export type AppState = DocumentSlice & EditingSlice & UiSlice & RuntimeSlice & ReplaySlice;

/** A slice typed against the whole store, as zustand's slices guide does it. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
