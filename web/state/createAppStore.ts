import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import type { Analyzer, AppState, EngineQueries, PersistedState } from "./types";
import {
  createAnalysisSlice,
  createDocumentsSlice,
  createNoticeSlice,
  createProgressSlice,
  createUiSlice,
} from "./slices";
import {
  BACKUP_KEY,
  STORAGE_KEY,
  STORAGE_VERSION,
  createSafeStorage,
  migrate,
  sanitizePersisted,
  type KeyValueStorage,
} from "./persistence";

export interface AppStoreOptions {
  /** Where state is saved; localStorage in the app. */
  storage?: () => KeyValueStorage;
  analyzer?: Analyzer | null;
  /** Answers the views' other questions (a stage's files, what re-runs, exports, the showdown). */
  engine?: EngineQueries | null;
  /**
   * How long a save waits for the next change (ms); 0 saves every change at once. The app waits a
   * little so that typing and pasting serialise the state once per pause, not once per keystroke;
   * a page being hidden or closed saves at once.
   */
  saveDelayMs?: number;
}

const NOTICE_PREFIX = "Your saved work could not be fully restored";

/** Builds the one store of the app from its slices; each test gets a fresh one. */
export function createAppStore({
  storage = () => localStorage,
  analyzer = null,
  engine = null,
  saveDelayMs = 0,
}: AppStoreOptions = {}) {
  const problems: string[] = [];
  const safeStorage = createSafeStorage(storage, (p) => problems.push(p), { delayMs: saveDelayMs });
  if (saveDelayMs > 0 && typeof window !== "undefined") {
    window.addEventListener("pagehide", safeStorage.flush);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") safeStorage.flush();
    });
  }
  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createDocumentsSlice(...a),
        ...createProgressSlice(...a),
        ...createUiSlice(...a),
        ...createNoticeSlice(...a),
        ...createAnalysisSlice(analyzer, engine)(...a),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: safeStorage,
        partialize: (s): PersistedState => ({
          documents: s.documents,
          contexts: s.contexts,
          completed: s.completed,
          hintsShown: s.hintsShown,
          lessonSteps: s.lessonSteps,
          theme: s.theme,
          paneSizes: s.paneSizes,
          activeTab: s.activeTab,
          buildSettings: s.buildSettings,
        }),
        migrate,
        merge: (persisted, current) => {
          const { state, problems: found } = sanitizePersisted(persisted ?? {});
          problems.push(...found);
          return { ...current, ...state };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (!error) return;
          problems.push(error instanceof Error ? error.message : String(error));
          // The value will be overwritten by the next save: keep the learner's text aside first.
          try {
            const raw = storage().getItem(STORAGE_KEY);
            if (raw !== null) storage().setItem(BACKUP_KEY, raw);
          } catch {
            // Unreachable storage is reported when saving.
          }
        },
      },
    ),
  );
  // Local storage hydrates synchronously, so every problem is known here.
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    store.setState({
      notice: `${NOTICE_PREFIX}: ${unique.join("; ")}. Stageplay started fresh where it had to.`,
    });
  }
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
