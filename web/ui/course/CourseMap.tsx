import { useMemo } from "react";
import type { Course } from "../../content/types";
import type { AppState } from "../../state/types";
import { selectCompleted } from "../../state/selectors";
import { lessonHref } from "../routes";
import { useAppStore } from "../storeContext";
import { courseProgress, type LessonProgress, type LessonState } from "./courseProgress";
import { ProgressTransfer } from "./ProgressTransfer";
import "./course.css";

const STATE_LABEL: Record<LessonState, string> = {
  done: "Done",
  "in progress": "In progress",
  "not started": "Not started",
};
const STATE_ICON: Record<LessonState, string> = { done: "✓", "in progress": "◐", "not started": "○" };

const selectDocuments = (s: AppState) => s.documents;
const selectContexts = (s: AppState) => s.contexts;
const selectLessonSteps = (s: AppState) => s.lessonSteps;

/** Every lesson of the course in order, with where the learner is in each and where to go on. */
export function CourseMap({ course }: { course: Course }) {
  const completed = useAppStore(selectCompleted);
  const documents = useAppStore(selectDocuments);
  const contexts = useAppStore(selectContexts);
  const lessonSteps = useAppStore(selectLessonSteps);
  const progress = useMemo(
    () => courseProgress(course, { completed, documents, contexts, lessonSteps }),
    [course, completed, documents, contexts, lessonSteps],
  );
  const { done, total, next } = progress;

  return (
    <main className="course-map" aria-labelledby="course-map-title">
      <div className="course-map-inner">
        <h1 id="course-map-title">{course.title}</h1>
        <div className="course-map-overview">
          <div className="course-map-progress">
            <label htmlFor="course-map-progress">
              {done} of {total} {total === 1 ? "lesson" : "lessons"} done
            </label>
            <progress id="course-map-progress" max={Math.max(total, 1)} value={done} />
          </div>
          {next ? (
            <a className="button-link course-map-continue" href={lessonHref(next.lesson.id)}>
              {progress.begun ? "Continue" : "Start"}: lesson {next.number}, {next.lesson.title}
              <span aria-hidden="true">→</span>
            </a>
          ) : (
            total > 0 && <p className="course-map-finished">You have done every lesson of the course.</p>
          )}
        </div>
        {total === 0 ? (
          <p>This course has no lessons yet.</p>
        ) : (
          <ol className="course-lessons" aria-label="Lessons">
            {progress.lessons.map((item) => (
              <LessonItem key={item.lesson.id} item={item} />
            ))}
          </ol>
        )}
        <ProgressTransfer course={course} />
      </div>
    </main>
  );
}

function LessonItem({ item: { lesson, number, state } }: { item: LessonProgress }) {
  const stateId = `lesson-state-${lesson.id}`;
  return (
    <li className="course-lesson" data-state={state}>
      <span className="course-lesson-number" aria-hidden="true">
        {number}
      </span>
      <div className="course-lesson-body">
        <h2>
          <a href={lessonHref(lesson.id)} aria-describedby={stateId}>
            <span className="visually-hidden">Lesson {number}: </span>
            {lesson.title}
          </a>
        </h2>
        <p className="course-lesson-summary">{lesson.summary}</p>
      </div>
      <p className="course-lesson-state" id={stateId}>
        <span aria-hidden="true">{STATE_ICON[state]}</span> {STATE_LABEL[state]}
      </p>
    </li>
  );
}
