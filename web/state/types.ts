import type { AnalysisView, AnalyzeOptions, Builder, ContextFile, EngineSession } from "../engine";
import type { GoalQueries } from "../content/goals/goalQueries";
import type { Goal, GoalResult } from "../content/goals/types";

/** Which document an editor shows: a lesson's working copy or the free playground. */
export type DocumentId = `lesson:${string}` | "playground";

export const lessonDocument = (lessonId: string): DocumentId => `lesson:${lessonId}`;

export type ThemeSetting = "system" | "light" | "dark";
export type PanelTab = "diagram" | "build" | "image" | "context" | "checks";
export const PANEL_TABS: readonly PanelTab[] = ["diagram", "build", "image", "context", "checks"];

/** Widths of the side panes in CSS pixels; the editor takes what is left. */
export interface PaneSizes {
  lesson: number;
  panel: number;
}

export interface DocumentsSlice {
  /** The learner's text, only for documents they have edited; the rest show their starter. */
  documents: Partial<Record<DocumentId, string>>;
  setDocument: (id: DocumentId, text: string) => void;
  /**
   * The learner's build context, only for documents whose context they have edited; the rest use
   * their starting context (a lesson's folder, the playground's example).
   */
  contexts: Partial<Record<DocumentId, ContextFile[]>>;
  setContext: (id: DocumentId, files: ContextFile[]) => void;
  /** Replaces a document's text and context at once (a shared link, an example from the gallery). */
  loadDocument: (id: DocumentId, text: string, context: ContextFile[] | null) => void;
  /**
   * Puts a document's text, its context or both back to where they started. What was there is kept
   * in `lastReset` until the next reset, so `undoReset` can bring it back.
   */
  resetDocument: (id: DocumentId, what?: ResetWhat) => void;
  lastReset: LastReset | null;
  undoReset: () => void;
}

export type ResetWhat = "text" | "context" | "both";

/** What a reset replaced; undefined where the document still had its starting text or context. */
export interface LastReset {
  id: DocumentId;
  what: ResetWhat;
  text: string | undefined;
  context: ContextFile[] | undefined;
}

export interface ProgressSlice {
  completed: string[];
  /** The hints of each lesson the learner has opened (indexes into its hints), in the order opened. */
  hintsShown: Record<string, number[]>;
  setCompleted: (lessonId: string, done: boolean) => void;
  /** Opens hint `index` of a lesson (once). */
  openHint: (lessonId: string, index: number) => void;
  /** The step of each lesson's text the learner is on, from 0. */
  lessonSteps: Record<string, number>;
  setLessonStep: (lessonId: string, step: number) => void;
  /** Takes progress read from an exported file: its lessons, hints, steps, texts and contexts win. */
  importProgress: (progress: Partial<ProgressFields>) => void;
}

/** What a progress file carries: the learner's work and how far they got, not the screen's layout. */
export type ProgressFields = Pick<
  AppState,
  "documents" | "contexts" | "completed" | "hintsShown" | "lessonSteps"
>;

export interface UiSlice {
  theme: ThemeSetting;
  paneSizes: PaneSizes;
  activeTab: PanelTab;
  setTheme: (theme: ThemeSetting) => void;
  setPaneSizes: (sizes: Partial<PaneSizes>) => void;
  setActiveTab: (tab: PanelTab) => void;
  /**
   * A request for the editor to show a line (from a diagnostic, a diagram node, a layer); `seq` makes
   * repeats distinct. `focus: false` highlights the line and leaves the keyboard where it is.
   */
  reveal: { line: number; seq: number; focus: boolean } | null;
  revealLine: (line: number, options?: { focus?: boolean }) => void;
  /** The line of the editor's cursor, which the diagram follows; null before the editor reports one. */
  cursorLine: number | null;
  setCursorLine: (line: number | null) => void;
  /** How each document is built: target, builder, build args, platform. */
  buildSettings: Partial<Record<DocumentId, BuildSettings>>;
  setBuildSettings: (id: DocumentId, settings: Partial<BuildSettings>) => void;
  /** Where the build player is on the simulated timeline (ms), or null when it is not playing one. */
  buildClock: number | null;
  setBuildClock: (ms: number | null) => void;
  /** Whether the build player is playing, and how many simulated ms pass per real ms. */
  buildPlayback: BuildPlayback;
  setBuildPlayback: (playback: Partial<BuildPlayback>) => void;
}

export interface BuildPlayback {
  playing: boolean;
  speed: number;
}

/** The `docker build` options a learner can change; absent ones take the engine's defaults. */
export interface BuildSettings {
  /** A stage's `AS` name (`--target` accepts no other); "" or absent for the last stage. */
  target?: string;
  builder?: Builder;
  buildArgs?: Record<string, string>;
  platform?: string;
}

export interface NoticeSlice {
  /** A message the learner must see once, e.g. that saved work could not be restored. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

/** Turns a Dockerfile into what the panels draw: the engine worker in the app, an engine session in tests. */
export type Analyzer = (source: string, options: AnalyzeOptions) => AnalysisView | Promise<AnalysisView>;

type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : T[K];
};

/** The questions views ask the engine about its latest analysis (or, for the showdown, about any text). */
export type EngineQueries = Async<Omit<EngineSession, "analyze" | "latest"> & GoalQueries>;

/** A lesson's goals, to be checked after each analysis of its document. */
export interface LessonGoalsRequest {
  lessonId: string;
  goals: readonly Goal[];
  starter: string;
}

/** The goals of a lesson checked on the analysis the panels show. */
export interface LessonGoalsState {
  lessonId: string;
  version: number;
  results: GoalResult[];
}

export interface AnalysisSlice {
  /** What the panels draw of the latest analysis. */
  view: AnalysisView | null;
  engine: EngineQueries | null;
  /** Set when the analyzer itself failed: shown in the panel, never a blank screen. */
  analysisError: string | null;
  /** The current lesson's goals on the latest analysis; null outside lessons with goals. */
  lessonGoals: LessonGoalsState | null;
  /**
   * Analyzes `source`, then checks `lesson`'s goals on it when given. One analysis runs at a time;
   * calls made meanwhile wait, and only the newest of them runs next (a result is dropped when newer
   * text waits). Resolves once the newest text given so far is analyzed.
   */
  analyzeText: (
    source: string,
    options?: AnalyzeOptions,
    lesson?: LessonGoalsRequest,
    documentId?: DocumentId,
  ) => Promise<void>;
  /**
   * Analyzes a document's new text with the options it was last analyzed with (given to
   * `analyzeText` with its id): `setDocument` calls it, so a keystroke reaches the engine before
   * anything is drawn. Does nothing for a document not analyzed yet.
   */
  reanalyze: (documentId: DocumentId, source: string) => void;
}

export type AppState = DocumentsSlice & ProgressSlice & UiSlice & NoticeSlice & AnalysisSlice;

/** What is written to storage. */
export type PersistedState = Pick<
  AppState,
  | "documents"
  | "contexts"
  | "completed"
  | "hintsShown"
  | "lessonSteps"
  | "theme"
  | "paneSizes"
  | "activeTab"
  | "buildSettings"
>;
