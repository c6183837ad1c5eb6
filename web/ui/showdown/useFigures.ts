import { useEffect, useState } from "react";
import type { ShowdownFigures } from "../../engine";
import type { ContextFile } from "../../content/types";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";

export type FiguresState =
  | { status: "measuring" }
  | { status: "ready"; figures: ShowdownFigures }
  | { status: "failed"; message: string }
  | { status: "no-engine" };

interface Answer {
  request: { dockerfile: string; context: ContextFile[] | null };
  state: FiguresState;
}

/**
 * The engine's figures for one Dockerfile and its context; the latest request wins. Without a context
 * the engine treats what COPY takes from it as unknown files, where an empty one would make them missing.
 */
export function useFigures(dockerfile: string, context: ContextFile[] | null): FiguresState {
  const engine = useAppStore(selectEngine);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!engine) return;
    let current = true;
    const request = { dockerfile, context };
    Promise.resolve()
      .then(() => engine.figures(dockerfile, context ? { context } : {}))
      .then(
        (figures): FiguresState => ({ status: "ready", figures }),
        (error: unknown): FiguresState => ({
          status: "failed",
          message: error instanceof Error ? error.message : String(error),
        }),
      )
      .then((state) => {
        if (current) setAnswer({ request, state });
      });
    return () => {
      current = false;
    };
  }, [engine, dockerfile, context]);

  if (!engine) return { status: "no-engine" };
  if (!answer || answer.request.dockerfile !== dockerfile || answer.request.context !== context) {
    return { status: "measuring" };
  }
  return answer.state;
}
