import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { AppStore } from "../state/createAppStore";
import type { AppState } from "../state/types";

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore needs a <StoreProvider> above it");
  return store;
}

/** Subscribes to one narrow piece of the app state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
