import type { ContextFile } from "../engine";
import type { AppState, BuildSettings, DocumentId } from "./types";

// Narrow, named selectors: components subscribe to exactly what they render.

/** The text an editor shows: the learner's copy, or the starter when they have not edited yet. */
export const selectDocument = (id: DocumentId, starter: string) => (s: AppState) =>
  s.documents[id] ?? starter;
export const selectIsEdited = (id: DocumentId) => (s: AppState) => s.documents[id] !== undefined;
/** The build context a document is analysed with: the learner's edited one, or its starting one. */
export const selectContext = (id: DocumentId, starting: ContextFile[] | undefined) => (s: AppState) =>
  s.contexts[id] ?? starting;
export const selectIsContextEdited = (id: DocumentId) => (s: AppState) => s.contexts[id] !== undefined;
export const selectLastReset = (s: AppState) => s.lastReset;
/** A lesson's goal results when they belong to it and to the analysis on screen, else null. */
export const selectLessonResults = (lessonId: string) => (s: AppState) => {
  const goals = s.lessonGoals;
  return goals && goals.lessonId === lessonId && goals.version === s.view?.version ? goals.results : null;
};
export const selectLessonStep = (lessonId: string) => (s: AppState) => s.lessonSteps[lessonId] ?? 0;
export const selectCompleted = (s: AppState) => s.completed;
const NO_HINTS: number[] = [];
export const selectHintsShown = (lessonId: string) => (s: AppState) => s.hintsShown[lessonId] ?? NO_HINTS;
export const selectTheme = (s: AppState) => s.theme;
export const selectPaneSizes = (s: AppState) => s.paneSizes;
export const selectActiveTab = (s: AppState) => s.activeTab;
export const selectNotice = (s: AppState) => s.notice;
export const selectView = (s: AppState) => s.view;
export const selectEngine = (s: AppState) => s.engine;
export const selectAnalysisError = (s: AppState) => s.analysisError;
export const selectReveal = (s: AppState) => s.reveal;
export const selectDiagnostics = (s: AppState) => s.view?.diagnostics;
export const selectViewVersion = (s: AppState) => s.view?.version;
export const selectCursorLine = (s: AppState) => s.cursorLine;
export const selectBuildClock = (s: AppState) => s.buildClock;
export const selectBuildPlayback = (s: AppState) => s.buildPlayback;
const NO_SETTINGS: BuildSettings = {};
export const selectBuildSettings = (id: DocumentId) => (s: AppState) => s.buildSettings[id] ?? NO_SETTINGS;
