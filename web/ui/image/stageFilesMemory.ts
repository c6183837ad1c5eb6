import type { FileRow, LayerView, StageFilesView, StageIndex } from "../../engine";

/** The stage the explorer shows, from which analysis, and that analysis's layers of it. */
export interface OnScreen {
  stage: StageIndex;
  version: number;
  layers: readonly LayerView[];
}

/** A stage's file tree from one analysis, with that analysis's layers, so "Added by" names its own layer. */
export interface StageTree {
  stage: StageIndex;
  version: number;
  files: FileRow[];
  layers: readonly LayerView[];
}

/** What the explorer has heard from the engine about the files of the stage on screen. */
export interface StageFilesMemory {
  /** The newest tree that came from the analysis on screen when it arrived. */
  tree: StageTree | null;
  failure: string | null;
  /** Counts the times an answer came from an analysis older than the one on screen: each asks again. */
  reasks: number;
}

export type StageFilesEvent =
  | { kind: "answered"; answer: StageFilesView; onScreen: OnScreen }
  | { kind: "failed"; message: string; askedFor: number };

export type StageFilesState =
  | { status: "loading" }
  | { status: "ready"; tree: StageTree; updating: boolean }
  | { status: "failed"; message: string };

export const NOTHING_HEARD: StageFilesMemory = { tree: null, failure: null, reasks: 0 };

/**
 * Keeps an answer only when it comes from the analysis on screen, as the layers beside it do. An
 * answer from an older analysis is dropped and asked again; one from a newer analysis is dropped too,
 * as that analysis's view is on its way and asks for its own tree when it comes.
 */
export function rememberStageFiles(memory: StageFilesMemory, event: StageFilesEvent): StageFilesMemory {
  if (event.kind === "failed") {
    if (memory.tree && memory.tree.version > event.askedFor) return memory;
    return { ...memory, failure: event.message };
  }
  const { answer, onScreen } = event;
  if (answer.stage !== onScreen.stage) return memory;
  if (answer.version === onScreen.version) {
    const tree = {
      stage: answer.stage,
      version: answer.version,
      files: answer.files,
      layers: onScreen.layers,
    };
    return { ...memory, tree, failure: null };
  }
  const stillWanted = memory.tree?.version !== onScreen.version;
  if (answer.version < onScreen.version && stillWanted) return { ...memory, reasks: memory.reasks + 1 };
  return memory;
}

/** What to show: the last tree (marked updating while it is from an older analysis), or why there is none. */
export function shownStageFiles(
  memory: StageFilesMemory,
  stage: StageIndex,
  version: number,
): StageFilesState {
  if (memory.failure !== null) return { status: "failed", message: memory.failure };
  const tree = memory.tree;
  if (!tree || tree.stage !== stage) return { status: "loading" };
  return { status: "ready", tree, updating: tree.version !== version };
}
