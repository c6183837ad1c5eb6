import { useEffect, useState } from "react";
import { loadLessonText } from "../../content/lessonText";
import type { LessonText } from "../../content/types";

export type LessonTextState =
  { status: "loading" } | { status: "ready"; text: LessonText } | { status: "failed"; reason: string };

/** The open lesson's text, loaded with it; a failure says why instead of leaving the pane empty. */
export function useLessonText(lessonId: string): LessonTextState {
  const [state, setState] = useState<{ id: string; value: LessonTextState }>({
    id: lessonId,
    value: { status: "loading" },
  });
  useEffect(() => {
    let current = true;
    loadLessonText(lessonId).then(
      (text) => current && setState({ id: lessonId, value: { status: "ready", text } }),
      (error: unknown) =>
        current &&
        setState({
          id: lessonId,
          value: { status: "failed", reason: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [lessonId]);
  // Another lesson's text, still on screen for a moment after a move, is never shown for this one.
  return state.id === lessonId ? state.value : { status: "loading" };
}
