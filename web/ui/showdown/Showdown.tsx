import type { Course } from "../../content/types";

/** Two Dockerfiles side by side, each with its own build context, and their figures compared. */
export function Showdown({ course, lessonId }: { course: Course; lessonId: string | null }) {
  const lesson = course.lessons.find((l) => l.id === lessonId) ?? course.lessons[0];
  return (
    <main className="showdown" aria-labelledby="showdown-title">
      <h1 id="showdown-title">Showdown{lesson ? `: ${lesson.title}` : ""}</h1>
    </main>
  );
}
