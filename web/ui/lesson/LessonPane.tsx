import type { Lesson } from "../content/types";
import { lessonDocument } from "../state/types";
import { selectCompleted, selectHintsShown } from "../state/selectors";
import { ResetButton } from "./ResetButton";
import { lessonHref, showdownHref } from "./routes";
import { useAppStore } from "./storeContext";

interface Props {
  lesson: Lesson;
  position: number;
  total: number;
  next: Lesson | undefined;
}

export function LessonPane({ lesson, position, total, next }: Props) {
  const shown = useAppStore(selectHintsShown(lesson.id));
  const done = useAppStore(selectCompleted).includes(lesson.id);
  const showNextHint = useAppStore((s) => s.showNextHint);
  const setCompleted = useAppStore((s) => s.setCompleted);
  const hints = lesson.hintsHtml.slice(0, shown);

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p className="eyebrow">
        Lesson {position} of {total}
      </p>
      <h1 id="lesson-title" className="visually-hidden">
        {lesson.title}
      </h1>
      {/* Safe: rendered at build time by web/content/renderMarkdown, which escapes raw HTML and drops unsafe links. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: lesson.html }} />

      <section className="hints" aria-labelledby="hints-title">
        <h2 id="hints-title">Hints</h2>
        {hints.length > 0 && (
          <ol>
            {hints.map((hint, i) => (
              <li key={i} dangerouslySetInnerHTML={{ __html: hint }} />
            ))}
          </ol>
        )}
        {shown < lesson.hints.length ? (
          <button type="button" onClick={() => showNextHint(lesson.id, lesson.hints.length)}>
            {shown === 0 ? "Show a hint" : "Show another hint"} ({shown} of {lesson.hints.length} shown)
          </button>
        ) : (
          <p className="muted">That was the last hint.</p>
        )}
      </section>

      <div className="lesson-actions">
        <ResetButton documentId={lessonDocument(lesson.id)} label="Reset to starter" />
        <button type="button" aria-pressed={done} onClick={() => setCompleted(lesson.id, !done)}>
          {done ? "Done ✓" : "Mark as done"}
        </button>
        <a className="button-link" href={showdownHref(lesson.id)}>
          Compare starter and solution
        </a>
        {next && (
          <a className="button-link" href={lessonHref(next.id)}>
            Next: {next.title} →
          </a>
        )}
      </div>
    </article>
  );
}
