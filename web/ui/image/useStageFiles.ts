import { useEffect, useRef, useState } from "react";
import type { StageFilesView, StageIndex } from "../../engine";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";

export type StageFilesState =
  | { status: "loading" }
  | { status: "ready"; files: StageFilesView["files"] }
  | { status: "failed"; message: string };

/** While typing, the open stage's tree is asked for again once the text rests this long. */
const REFRESH_DELAY_MS = 250;

/**
 * The file tree of `stage`, asked of the engine when the stage is opened and again (lightly
 * debounced) when a new analysis arrives; the rows on screen stay until the new ones come.
 */
export function useStageFiles(stage: StageIndex | null, version: number): StageFilesState {
  const engine = useAppStore(selectEngine);
  const [answer, setAnswer] = useState<{ stage: StageIndex; state: StageFilesState } | null>(null);
  const lastAsked = useRef<StageIndex | null>(null);

  useEffect(() => {
    if (!engine || stage === null) return;
    const refresh = lastAsked.current === stage;
    lastAsked.current = stage;
    let live = true;
    const ask = () => {
      try {
        Promise.resolve(engine.stageFiles(stage)).then(
          (view) => live && setAnswer({ stage, state: { status: "ready", files: view.files } }),
          (error: unknown) => live && setAnswer({ stage, state: failed(error) }),
        );
      } catch (error) {
        setAnswer({ stage, state: failed(error) });
      }
    };
    // A newly opened stage is asked for at once; a refresh of the one on screen waits for typing to rest.
    const timer = setTimeout(ask, refresh ? REFRESH_DELAY_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, stage, version]);

  if (!engine) return { status: "failed", message: "the analysis engine is not running" };
  if (!answer || answer.stage !== stage) return { status: "loading" };
  return answer.state;
}

function failed(error: unknown): StageFilesState {
  return { status: "failed", message: error instanceof Error ? error.message : String(error) };
}
