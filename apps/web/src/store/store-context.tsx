import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { AppStore } from "./app-store.js";
import type { AppState } from "./types.js";

const StoreContext = createContext<AppStore | null>(null);

/** Makes one store available to the tree (tests mount their own). */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore outside <AppStoreProvider>");
  return store;
}

/** Subscribe to a slice of the store through a module-level selector. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
