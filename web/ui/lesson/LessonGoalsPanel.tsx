import { findLesson } from "../../content/course";
import { selectLessonResults } from "../../state/selectors";
import type { DocumentId } from "../../state/types";
import { useAppStore } from "../storeContext";
import { GoalList } from "./GoalList";
import "./lesson.css";

/** The Checks tab's "Lesson goals": each goal with what still differs and the line to look at. */
export function LessonGoalsPanel({ documentId }: { documentId: DocumentId }) {
  const lesson = documentId.startsWith("lesson:")
    ? findLesson(documentId.slice("lesson:".length))
    : undefined;
  const current = useAppStore(selectLessonResults(lesson?.id ?? ""));
  const revealLine = useAppStore((s) => s.revealLine);
  if (!lesson || lesson.goals.length === 0) {
    return (
      <section className="lesson-goals" role="region" aria-label="Lesson goals">
        <h2>Lesson goals</h2>
        <p className="muted">
          {lesson
            ? "This lesson has no goals to check: mark it done when you are ready."
            : "The playground has no goals: build whatever you like."}
        </p>
      </section>
    );
  }
  const passed = current?.filter((r) => r.passed).length ?? 0;
  return (
    <section className="lesson-goals" role="region" aria-label="Lesson goals">
      <h2>
        Lesson goals{" "}
        <span className="muted">{current ? `${passed} of ${lesson.goals.length} passed` : "checking…"}</span>
      </h2>
      <GoalList goals={lesson.goals} results={current} detailed onLine={(line) => revealLine(line)} />
    </section>
  );
}
