import type { Analysis, AnalyzeOptions } from "../engine";

/** Which document an editor shows: a lesson's working copy or the free playground. */
export type DocumentId = `lesson:${string}` | "playground";

export const lessonDocument = (lessonId: string): DocumentId => `lesson:${lessonId}`;

export type ThemeSetting = "system" | "light" | "dark";
export type PanelTab = "diagram" | "build" | "image" | "checks";
export const PANEL_TABS: readonly PanelTab[] = ["diagram", "build", "image", "checks"];

/** Widths of the side panes in CSS pixels; the editor takes what is left. */
export interface PaneSizes {
  lesson: number;
  panel: number;
}

export interface DocumentsSlice {
  /** The learner's text, only for documents they have edited; the rest show their starter. */
  documents: Partial<Record<DocumentId, string>>;
  setDocument: (id: DocumentId, text: string) => void;
  resetDocument: (id: DocumentId) => void;
}

export interface ProgressSlice {
  completed: string[];
  /** How many hints of each lesson the learner has opened. */
  hintsShown: Record<string, number>;
  setCompleted: (lessonId: string, done: boolean) => void;
  showNextHint: (lessonId: string, available: number) => void;
}

export interface UiSlice {
  theme: ThemeSetting;
  paneSizes: PaneSizes;
  activeTab: PanelTab;
  setTheme: (theme: ThemeSetting) => void;
  setPaneSizes: (sizes: Partial<PaneSizes>) => void;
  setActiveTab: (tab: PanelTab) => void;
  /** A request for the editor to show a line (from a diagnostic, later the diagram); `seq` makes repeats distinct. */
  reveal: { line: number; seq: number } | null;
  revealLine: (line: number) => void;
}

export interface NoticeSlice {
  /** A message the learner must see once, e.g. that saved work could not be restored. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

/** Turns a Dockerfile into the engine's result: the engine worker in the app, the engine itself in tests. */
export type Analyzer = (source: string, options: AnalyzeOptions) => Analysis | Promise<Analysis>;

export interface AnalysisSlice {
  analysis: Analysis | null;
  /** Set when the analyzer itself failed: shown in the panel, never a blank screen. */
  analysisError: string | null;
  /**
   * Analyzes `source`. One analysis runs at a time; calls made meanwhile wait, and only the newest
   * of them runs next (a result is dropped when newer text waits). Resolves once the newest text
   * given so far is analyzed.
   */
  analyzeText: (source: string, options?: AnalyzeOptions) => Promise<void>;
}

export type AppState = DocumentsSlice & ProgressSlice & UiSlice & NoticeSlice & AnalysisSlice;

/** What is written to storage. */
export type PersistedState = Pick<
  AppState,
  "documents" | "completed" | "hintsShown" | "theme" | "paneSizes" | "activeTab"
>;
