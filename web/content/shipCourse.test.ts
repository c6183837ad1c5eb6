import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "./loadCourse";
import { courseIndex, lessonText } from "./shipCourse";

const course = loadCourse(resolve(__dirname, "../../lessons"));

describe("what the app ships of the course", () => {
  const index = courseIndex(course);

  it("keeps every lesson in the index without its text: no steps, hints only as their ties", () => {
    expect(index.lessons.map((l) => l.id)).toEqual(course.lessons.map((l) => l.id));
    for (const [i, lesson] of index.lessons.entries()) {
      const authored = course.lessons[i]!;
      expect(lesson).not.toHaveProperty("steps");
      expect(lesson.stepCount).toBe(authored.steps.length);
      expect(lesson.hints).toEqual(
        authored.hints.map(({ goal, finding }) => ({ goal, finding })).map(defined),
      );
      expect(lesson.goals).toBe(authored.goals);
      expect(lesson.starter).toBe(authored.starter);
    }
    const shipped = JSON.stringify(index);
    for (const lesson of course.lessons) expect(shipped).not.toContain(lesson.steps[0]!.html);
  });

  it("puts each lesson's steps and hint texts, in order, in its own text", () => {
    const lesson = course.lessons[0]!;
    const text = lessonText(lesson);
    expect(text.steps).toEqual(lesson.steps);
    expect(text.hints).toEqual(lesson.hints.map((hint) => hint.html));
  });

  it("leaves most of the course's weight to the lessons' own chunks", () => {
    const indexBytes = JSON.stringify(index).length;
    const textBytes = course.lessons.reduce((sum, l) => sum + JSON.stringify(lessonText(l)).length, 0);
    expect(textBytes).toBeGreaterThan(indexBytes);
  });
});

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
