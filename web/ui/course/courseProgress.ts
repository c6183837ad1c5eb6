import type { Course, Lesson } from "../../content/types";
import { lessonDocument, type ProgressFields } from "../../state/types";

/** Where a learner is with one lesson. */
export type LessonState = "done" | "in progress" | "not started";

export interface LessonProgress {
  lesson: Lesson;
  /** The lesson's place in the course, from 1. */
  number: number;
  state: LessonState;
}

export interface CourseProgress {
  lessons: LessonProgress[];
  done: number;
  total: number;
  /** The first lesson not done, in course order; undefined once every lesson is done. */
  next: LessonProgress | undefined;
  /** Whether the learner has begun anything at all: "Continue" rather than "Start". */
  begun: boolean;
}

type ProgressSource = Pick<ProgressFields, "completed" | "documents" | "contexts" | "lessonSteps">;

/**
 * A lesson is in progress once the learner has left a mark on it: a Dockerfile that differs from its
 * starter, an edited build context, or a step past the first.
 */
export function lessonState(lesson: Lesson, progress: ProgressSource): LessonState {
  if (progress.completed.includes(lesson.id)) return "done";
  const id = lessonDocument(lesson.id);
  const text = progress.documents[id];
  const edited = text !== undefined && text !== lesson.starter;
  if (edited || progress.contexts[id] !== undefined || (progress.lessonSteps[lesson.id] ?? 0) > 0) {
    return "in progress";
  }
  return "not started";
}

/** Every lesson of the course with its state, how many are done and which one to go on with. */
export function courseProgress(course: Course, progress: ProgressSource): CourseProgress {
  const lessons = course.lessons.map((lesson, i) => ({
    lesson,
    number: i + 1,
    state: lessonState(lesson, progress),
  }));
  return {
    lessons,
    done: lessons.filter((l) => l.state === "done").length,
    total: lessons.length,
    next: lessons.find((l) => l.state !== "done"),
    begun: lessons.some((l) => l.state !== "not started"),
  };
}
