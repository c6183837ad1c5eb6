import type { Course } from "../../content/types";

/** Every lesson of the course with the learner's progress. */
export function CourseMap({ course }: { course: Course }) {
  return (
    <main className="not-found">
      <h1>{course.title}</h1>
    </main>
  );
}
