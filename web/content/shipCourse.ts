// What the app ships of the course: an index in the first load, and each lesson's text in a chunk
// that loads with the lesson.
import type { AuthoredCourse, AuthoredLesson, Course, Lesson, LessonText } from "./types.ts";

/** The lesson without its text: the hints keep only what they are tied to. */
export function lessonIndexEntry(lesson: AuthoredLesson): Lesson {
  const { steps: _steps, hints, ...rest } = lesson;
  return {
    ...rest,
    hints: hints.map(({ goal, finding }) => ({ ...(goal && { goal }), ...(finding && { finding }) })),
  };
}

export function lessonText(lesson: AuthoredLesson): LessonText {
  return { steps: lesson.steps, hints: lesson.hints.map((hint) => hint.html) };
}

export function courseIndex(course: AuthoredCourse): Course {
  return { version: course.version, title: course.title, lessons: course.lessons.map(lessonIndexEntry) };
}
