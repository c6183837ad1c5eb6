import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { AnalysisView, ContextFile } from "../../engine";
import type { AppStore } from "../../state/createAppStore";
import type { AppState } from "../../state/types";
import { useAppStoreApi } from "../storeContext";
import { changedPaths } from "./buildChange";

/** The build on screen and the one before it: what a rebuild after the latest change is compared with. */
export interface BuildPair {
  before: AnalysisView | null;
  after: AnalysisView | null;
  /** Context paths that changed between the two, null when unknown. */
  changedFiles: string[] | null;
}

const EMPTY: BuildPair = { before: null, after: null, changedFiles: null };

interface History {
  pair: BuildPair;
  contexts: AppState["contexts"];
  listeners: Set<() => void>;
}

const histories = new WeakMap<AppStore, History>();

function historyOf(store: AppStore): History {
  let history = histories.get(store);
  if (!history) {
    history = { pair: EMPTY, contexts: store.getState().contexts, listeners: new Set() };
    histories.set(store, history);
  }
  return history;
}

/** The context files that changed in any document between two snapshots of the store's contexts. */
function changedContext(before: AppState["contexts"], after: AppState["contexts"]): string[] | null {
  if (before === after) return [];
  const changed = new Set<string>();
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof typeof after>) {
    const was: ContextFile[] | undefined = before[id];
    const now: ContextFile[] | undefined = after[id];
    if (was === now) continue;
    const paths = changedPaths(was, now);
    if (paths === null) return null;
    for (const path of paths) changed.add(path);
  }
  return [...changed].sort();
}

/**
 * Keeps the build before each new analysis while mounted. Mounted with the panel, which is mounted per
 * document: the first analysis after mounting has no build before it.
 */
export function trackPreviousBuild(store: AppStore): () => void {
  const history = historyOf(store);
  const set = (pair: BuildPair) => {
    history.pair = pair;
    for (const listener of history.listeners) listener();
  };
  set(EMPTY);
  history.contexts = store.getState().contexts;
  const unsubscribe = store.subscribe((state) => {
    if (state.view === history.pair.after) return;
    const changedFiles = changedContext(history.contexts, state.contexts);
    history.contexts = state.contexts;
    set({ before: history.pair.after, after: state.view, changedFiles });
  });
  return () => {
    unsubscribe();
    set(EMPTY);
  };
}

/** Tracks the build before each analysis for as long as the calling component is mounted. */
export function useTrackPreviousBuild() {
  const store = useAppStoreApi();
  useEffect(() => trackPreviousBuild(store), [store]);
}

/** The build on screen and the one before it. */
export function usePreviousBuild(): BuildPair {
  const history = historyOf(useAppStoreApi());
  const subscribe = useCallback(
    (listener: () => void) => {
      history.listeners.add(listener);
      return () => void history.listeners.delete(listener);
    },
    [history],
  );
  const snapshot = () => history.pair;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
