import { useEffect, useReducer, useRef } from "react";
import type { LayerView, StageIndex } from "../../engine";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import {
  NOTHING_HEARD,
  rememberStageFiles,
  shownStageFiles,
  type OnScreen,
  type StageFilesState,
} from "./stageFilesMemory";

/** While typing, the open stage's tree is asked for again once the text rests this long. */
const REFRESH_DELAY_MS = 250;

/**
 * The file tree of `stage` from the analysis `version`, asked of the engine when the stage is opened
 * and again (lightly debounced) when a new analysis arrives; the tree on screen stays, marked as
 * updating, until the one of the new analysis comes.
 */
export function useStageFiles(
  stage: StageIndex,
  version: number,
  layers: readonly LayerView[],
): StageFilesState {
  const engine = useAppStore(selectEngine);
  const [memory, remember] = useReducer(rememberStageFiles, NOTHING_HEARD);
  const onScreen = useRef<OnScreen>({ stage, version, layers });
  const asked = useRef(false);

  useEffect(() => {
    onScreen.current = { stage, version, layers };
  }, [stage, version, layers]);

  useEffect(() => {
    if (!engine) return;
    const ask = () => {
      const askedFor = onScreen.current.version;
      const failed = (error: unknown) =>
        remember({
          kind: "failed",
          askedFor,
          message: error instanceof Error ? error.message : String(error),
        });
      try {
        Promise.resolve(engine.stageFiles(stage)).then(
          (answer) => remember({ kind: "answered", answer, onScreen: onScreen.current }),
          failed,
        );
      } catch (error) {
        failed(error);
      }
    };
    // The first question is asked at once; later ones wait for typing to rest.
    const timer = setTimeout(ask, asked.current ? REFRESH_DELAY_MS : 0);
    asked.current = true;
    return () => clearTimeout(timer);
  }, [engine, stage, version, memory.reasks]);

  if (!engine) return { status: "failed", message: "the analysis engine is not running" };
  return shownStageFiles(memory, stage, version);
}
