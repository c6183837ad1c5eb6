import { useEffect, useRef } from "react";
import type { Lesson, LessonText } from "../../content/types";
import { lessonDocument } from "../../state/types";
import {
  selectCompleted,
  selectDiagnostics,
  selectDocument,
  selectHintsShown,
  selectLessonResults,
  selectLessonStep,
} from "../../state/selectors";
import type { EditorTheme } from "../editor/createDockerfileEditor";
import { ResetButton } from "../ResetButton";
import { COURSE_HREF, lessonHref, showdownHref } from "../routes";
import { ShowSolution } from "../solution/ShowSolution";
import { useAppStore } from "../storeContext";
import { GoalList } from "./GoalList";
import { TaughtFindings } from "./TaughtFindings";
import { allGoalsPass, isHintRelevant, nextHint } from "./lessonHints";
import { useLessonText, type LessonTextState } from "./useLessonText";
import "./lesson.css";

interface Props {
  lesson: Lesson;
  position: number;
  total: number;
  next: Lesson | undefined;
  theme: EditorTheme;
}

export function LessonPane({ lesson, position, total, next, theme }: Props) {
  const documentId = lessonDocument(lesson.id);
  const done = useAppStore(selectCompleted).includes(lesson.id);
  const setCompleted = useAppStore((s) => s.setCompleted);
  // Results count only when they belong to this lesson and to the analysis on screen.
  const results = useAppStore(selectLessonResults(lesson.id));
  const hasGoals = lesson.goals.length > 0;
  const solved = allGoalsPass(lesson.goals.length, results);
  const text = useLessonText(lesson.id);

  // A lesson with goals completes by itself the first time every goal passes; it stays done after.
  useEffect(() => {
    if (solved && !done) setCompleted(lesson.id, true);
  }, [solved, done, lesson.id, setCompleted]);

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p className="eyebrow">
        Lesson {position} of {total}
      </p>
      <h1 id="lesson-title">{lesson.title}</h1>
      <LessonSteps lesson={lesson} text={text} />

      {hasGoals && (
        <section className="lesson-section" aria-labelledby="goals-title">
          <h2 id="goals-title">Goals</h2>
          <p className="muted">
            What the finished image must look like, checked on the simulated build as you type.
          </p>
          <GoalList goals={lesson.goals} results={results} />
        </section>
      )}

      <div className={done ? "lesson-complete" : undefined} role="status">
        {done && (
          <>
            <p>
              <strong>Lesson complete.</strong> {hasGoals ? "Every goal passes." : "You marked it done."}
            </p>
            {next ? (
              <a className="button-link" href={lessonHref(next.id)}>
                Next lesson: {next.title} →
              </a>
            ) : (
              <a className="button-link" href={COURSE_HREF}>
                Back to the course map
              </a>
            )}
          </>
        )}
      </div>

      {text.status === "ready" && <LessonHints lesson={lesson} text={text.text} results={results} />}
      <TaughtFindings lesson={lesson} />

      <div className="lesson-actions">
        <ResetButton documentId={documentId} what="both" label="Reset to starter" />
        <LessonSolution lesson={lesson} theme={theme} />
        {!hasGoals && (
          <button type="button" aria-pressed={done} onClick={() => setCompleted(lesson.id, !done)}>
            {done ? "Done ✓" : "Mark as done"}
          </button>
        )}
        <a className="button-link" href={showdownHref(lesson.id)}>
          Compare starter and solution
        </a>
        {next && !done && (
          <a className="button-link" href={lessonHref(next.id)}>
            Skip to: {next.title} →
          </a>
        )}
      </div>
    </article>
  );
}

/** "Show the solution", against the learner's text as it is now (its own subscription: it changes on every keystroke). */
function LessonSolution({ lesson, theme }: { lesson: Lesson; theme: EditorTheme }) {
  const text = useAppStore(selectDocument(lessonDocument(lesson.id), lesson.starter));
  return <ShowSolution solution={lesson.solution} current={text} theme={theme} />;
}

/** The lesson's text one step at a time, with the step list to jump around. */
function LessonSteps({ lesson, text }: { lesson: Lesson; text: LessonTextState }) {
  const stored = useAppStore(selectLessonStep(lesson.id));
  const setLessonStep = useAppStore((s) => s.setLessonStep);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const steps = text.status === "ready" ? text.text.steps : [];
  const index = Math.max(0, Math.min(stored, lesson.stepCount - 1));
  const step = steps[index];

  // After the learner moves to another step, the keyboard and the screen reader go to its heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [index]);

  const go = (to: number) => {
    moved.current = true;
    setLessonStep(lesson.id, to);
  };
  if (text.status === "failed")
    return (
      <p className="lesson-text-status" role="alert">
        The lesson&apos;s text could not load ({text.reason}). Reload the page to try again; your Dockerfile
        is saved.
      </p>
    );
  if (!step)
    return (
      <p className="lesson-text-status muted" role="status">
        Loading the lesson…
      </p>
    );
  const many = steps.length > 1;

  return (
    <section className="lesson-steps" aria-labelledby="step-title">
      {many && (
        <nav aria-label="Lesson steps">
          <ol className="step-list">
            {steps.map((s, i) => (
              <li key={i}>
                <button type="button" aria-current={i === index ? "step" : undefined} onClick={() => go(i)}>
                  {s.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h2 id="step-title" ref={heading} tabIndex={-1}>
        {many && (
          <span className="step-count">
            Step {index + 1} of {steps.length}:{" "}
          </span>
        )}
        {step.title}
      </h2>
      {/* Safe: rendered at build time by web/content/renderMarkdown, which escapes raw HTML and drops unsafe links. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: step.html }} />
      {many && (
        <div className="step-nav">
          <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
            ← Previous step
          </button>
          <button type="button" disabled={index === steps.length - 1} onClick={() => go(index + 1)}>
            Next step →
          </button>
        </div>
      )}
    </section>
  );
}

/** Hints one at a time; the next one is about what is wrong now when a hint is tied to it. */
function LessonHints({
  lesson,
  text,
  results,
}: {
  lesson: Lesson;
  text: LessonText;
  results: Parameters<typeof nextHint>[2];
}) {
  const opened = useAppStore(selectHintsShown(lesson.id));
  const openHint = useAppStore((s) => s.openHint);
  const diagnostics = useAppStore(selectDiagnostics);
  const upcoming = nextHint(lesson.hints, opened, results, diagnostics);

  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      {opened.length > 0 && (
        <ol>
          {opened.map((index) => {
            const hint = lesson.hints[index];
            const html = text.hints[index];
            if (!hint || html === undefined) return null;
            const tied = hint.goal ?? hint.finding;
            const now = tied && isHintRelevant(hint, results, diagnostics);
            return (
              <li key={index}>
                {/* Safe: rendered at build time, raw HTML escaped. */}
                <span dangerouslySetInnerHTML={{ __html: html }} />
                {tied && !now && results && <span className="hint-fixed"> (fixed now)</span>}
              </li>
            );
          })}
        </ol>
      )}
      {upcoming !== null ? (
        <button type="button" onClick={() => openHint(lesson.id, upcoming)}>
          {opened.length === 0 ? "Show a hint" : "Show another hint"} ({opened.length} of{" "}
          {lesson.hints.length} shown)
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}
    </section>
  );
}
