import type { Topology } from "@zmq-playground/shared";
import { createStore, type StoreApi } from "zustand/vanilla";
import { createDocumentSlice } from "./document-slice.js";
import { createEditingSlice } from "./editing-slice.js";
import { offlineGateway, type GatewayClient } from "../gateway/types.js";
import { withReplayGuards } from "./replay-guards.js";
import { createReplaySlice } from "./replay-slice.js";
import { createRuntimeSlice } from "./runtime-slice.js";
import type { AppState } from "./types.js";
import { createUiSlice } from "./ui-slice.js";

export type AppStore = StoreApi<AppState>;

/** What the store talks to; tests pass fakes. Without a gateway, every command answers "disconnected". */
export interface AppStoreDeps {
  gateway?: GatewayClient;
}

/** A fresh store; tests build one per test, the app builds one at start. */
export function createAppStore(initial?: Topology, deps: AppStoreDeps = {}): AppStore {
  return createStore<AppState>()((...a) =>
    withReplayGuards(
      {
        ...createDocumentSlice(initial)(...a),
        ...createEditingSlice(...a),
        ...createUiSlice(...a),
        ...createRuntimeSlice(deps.gateway ?? offlineGateway)(...a),
        ...createReplaySlice()(...a),
      },
      a[0],
      a[1],
    ),
  );
}
