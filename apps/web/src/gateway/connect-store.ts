import type { Topology } from "@zmq-playground/shared";
import { createAppStore, type AppStore } from "../store/app-store.js";
import { startAutoRedeploy } from "../store/auto-redeploy.js";
import { GatewayConnection } from "./connection.js";
import { gatewayUrl, openWebSocket } from "./transport.js";

/**
 * The app's store, wired to the gateway that served the page: every server message
 * enters through `applyServerMessage`, the connection's state through `setConnection`.
 */
export function createConnectedStore(initial?: Topology): AppStore {
  const { url, token } = gatewayUrl(window.location);
  const connection = new GatewayConnection({
    url,
    token,
    open: openWebSocket,
    storage: sessionStorageOrNull(),
    onMessage: (message) => store.getState().applyServerMessage(message),
    onConnection: (state) => store.getState().setConnection(state),
  });
  const store = createAppStore(initial, { gateway: connection });
  connection.start();
  startAutoRedeploy(store);
  // Back online (a laptop woke up): try now rather than at the next backoff step.
  window.addEventListener("online", () => connection.reconnect());
  return store;
}

/** sessionStorage, unless the browser forbids it (then a reload starts a new session). */
function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
