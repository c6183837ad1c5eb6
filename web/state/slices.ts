import type { StateCreator } from "zustand/vanilla";
import type { AnalyzeOptions } from "../engine";
import type {
  AnalysisSlice,
  Analyzer,
  AppState,
  DocumentId,
  DocumentsSlice,
  EngineQueries,
  LessonGoalsRequest,
  NoticeSlice,
  ProgressSlice,
  UiSlice,
} from "./types";

type Slice<T> = StateCreator<AppState, [["zustand/persist", unknown]], [], T>;

export const DEFAULT_PANE_SIZES = { lesson: 380, panel: 420 };
export const MIN_PANE = 220;
/** A 40-second simulated build plays in four seconds. */
export const DEFAULT_BUILD_SPEED = 10;

function without<K extends string, V>(record: Partial<Record<K, V>>, key: K): Partial<Record<K, V>> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createDocumentsSlice: Slice<DocumentsSlice> = (set, get) => ({
  documents: {},
  setDocument: (id, text) => {
    set((s) => ({ documents: { ...s.documents, [id]: text } }));
    get().reanalyze(id, text);
  },
  contexts: {},
  setContext: (id, files) => set((s) => ({ contexts: { ...s.contexts, [id]: files } })),
  loadDocument: (id, text, context) =>
    set((s) => ({
      documents: { ...s.documents, [id]: text },
      contexts: context ? { ...s.contexts, [id]: context } : without(s.contexts, id),
    })),
  lastReset: null,
  resetDocument: (id, what = "text") =>
    set((s) => {
      const text = what !== "context" ? s.documents[id] : undefined;
      const context = what !== "text" ? s.contexts[id] : undefined;
      if (text === undefined && context === undefined) return {};
      return {
        documents: what === "context" ? s.documents : without(s.documents, id),
        contexts: what === "text" ? s.contexts : without(s.contexts, id),
        lastReset: { id, what, text, context },
      };
    }),
  undoReset: () =>
    set((s) => {
      const last = s.lastReset;
      if (!last) return {};
      return {
        documents: last.text === undefined ? s.documents : { ...s.documents, [last.id]: last.text },
        contexts: last.context === undefined ? s.contexts : { ...s.contexts, [last.id]: last.context },
        lastReset: null,
      };
    }),
});

export const createProgressSlice: Slice<ProgressSlice> = (set) => ({
  completed: [],
  hintsShown: {},
  setCompleted: (lessonId, done) =>
    set((s) => {
      const rest = s.completed.filter((id) => id !== lessonId);
      return { completed: done ? [...rest, lessonId] : rest };
    }),
  openHint: (lessonId, index) =>
    set((s) => {
      const opened = s.hintsShown[lessonId] ?? [];
      if (opened.includes(index)) return {};
      return { hintsShown: { ...s.hintsShown, [lessonId]: [...opened, index] } };
    }),
  lessonSteps: {},
  setLessonStep: (lessonId, step) =>
    set((s) => ({ lessonSteps: { ...s.lessonSteps, [lessonId]: Math.max(0, Math.floor(step)) } })),
  importProgress: (progress) =>
    set((s) => ({
      documents: { ...s.documents, ...progress.documents },
      contexts: { ...s.contexts, ...progress.contexts },
      completed: [...new Set([...s.completed, ...(progress.completed ?? [])])],
      hintsShown: { ...s.hintsShown, ...progress.hintsShown },
      lessonSteps: { ...s.lessonSteps, ...progress.lessonSteps },
    })),
});

export const createUiSlice: Slice<UiSlice> = (set) => ({
  theme: "system",
  paneSizes: DEFAULT_PANE_SIZES,
  activeTab: "diagram",
  setTheme: (theme) => set({ theme }),
  setPaneSizes: (sizes) =>
    set((s) => ({
      paneSizes: {
        lesson: Math.max(MIN_PANE, Math.round(sizes.lesson ?? s.paneSizes.lesson)),
        panel: Math.max(MIN_PANE, Math.round(sizes.panel ?? s.paneSizes.panel)),
      },
    })),
  setActiveTab: (activeTab) => set({ activeTab }),
  reveal: null,
  revealLine: (line, options = {}) =>
    set((s) => ({ reveal: { line, seq: (s.reveal?.seq ?? 0) + 1, focus: options.focus ?? true } })),
  cursorLine: null,
  setCursorLine: (cursorLine) => set({ cursorLine }),
  buildSettings: {},
  setBuildSettings: (id, settings) =>
    set((s) => ({ buildSettings: { ...s.buildSettings, [id]: { ...s.buildSettings[id], ...settings } } })),
  buildClock: null,
  setBuildClock: (buildClock) => set({ buildClock }),
  buildPlayback: { playing: false, speed: DEFAULT_BUILD_SPEED },
  setBuildPlayback: (playback) => set((s) => ({ buildPlayback: { ...s.buildPlayback, ...playback } })),
});

export const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
});

export function createAnalysisSlice(
  analyzer: Analyzer | null,
  engine: EngineQueries | null,
): Slice<AnalysisSlice> {
  // One analysis at a time: text that arrives while one runs waits, and only the newest waiting
  // text is analyzed next, so a fast typist never queues stale work. A result is shown unless newer
  // text is already waiting (it may belong to a document the learner has left).
  type Request = { source: string; options: AnalyzeOptions; lesson: LessonGoalsRequest | undefined };
  let running: Promise<void> | null = null;
  let waiting: Request | null = null;
  /** The newest request made: asking again for the same text and options starts nothing new. */
  let newest: Request | null = null;
  /** The options the document on screen was last analyzed with, for its next keystroke. */
  let lastAsked: {
    documentId: DocumentId;
    options: AnalyzeOptions;
    lesson: LessonGoalsRequest | undefined;
  } | null = null;
  return (set, get) => {
    const drain = async (analyze: Analyzer, first: Request) => {
      try {
        for (let next: Request | null = first; next; next = waiting) {
          waiting = null;
          try {
            const view = await analyze(next.source, next.options);
            if (waiting) continue;
            set({ view, analysisError: null });
            // The goals are checked next to the analysis (in the worker): only their results cross.
            const { lesson } = next;
            const checked = lesson && engine ? await engine.goals(lesson.goals, lesson.starter) : null;
            if (waiting) continue;
            set({
              lessonGoals:
                lesson && checked
                  ? { lessonId: lesson.lessonId, version: checked.version, results: checked.results }
                  : null,
            });
          } catch (e) {
            // The engine promises not to throw; if it does, the panel says so instead of going blank.
            if (!waiting) set({ analysisError: e instanceof Error ? e.message : String(e) });
          }
        }
      } finally {
        running = null;
      }
    };
    return {
      view: null,
      engine,
      analysisError: null,
      lessonGoals: null,
      analyzeText: (source, options = {}, lesson, documentId) => {
        if (!analyzer) return Promise.resolve();
        if (documentId !== undefined) lastAsked = { documentId, options, lesson };
        if (newest && newest.source === source && newest.options === options && newest.lesson === lesson)
          return running ?? Promise.resolve();
        newest = { source, options, lesson };
        if (running) {
          waiting = { source, options, lesson };
          return running;
        }
        running = drain(analyzer, { source, options, lesson });
        return running;
      },
      reanalyze: (documentId, source) => {
        if (lastAsked?.documentId === documentId)
          void get().analyzeText(source, lastAsked.options, lastAsked.lesson);
      },
    };
  };
}
