import { useEffect, useState } from "react";
import type { ContextFile } from "../../engine";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { measureFigures, type FiguresState } from "./measureFigures";

interface Answer {
  request: { dockerfile: string; context: ContextFile[] | null };
  state: FiguresState;
}

/** The engine's figures for one Dockerfile and its context; the latest request wins. */
export function useFigures(dockerfile: string, context: ContextFile[] | null): FiguresState {
  const engine = useAppStore(selectEngine);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!engine) return;
    let current = true;
    void measureFigures(engine, dockerfile, context).then((state) => {
      if (current) setAnswer({ request: { dockerfile, context }, state });
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
