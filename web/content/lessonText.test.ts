import { describe, expect, it } from "vitest";
import { COURSE } from "./course";
import { loadLessonText } from "./lessonText";

describe("loading a lesson's text", () => {
  it("gives each lesson of the course its steps and one text per hint", async () => {
    for (const lesson of COURSE.lessons) {
      const text = await loadLessonText(lesson.id);
      expect(text.steps).toHaveLength(lesson.stepCount);
      expect(text.hints).toHaveLength(lesson.hints.length);
    }
  });

  it("answers every caller with the same load", () => {
    const id = COURSE.lessons[0]!.id;
    expect(loadLessonText(id)).toBe(loadLessonText(id));
  });

  it("says which lesson it does not know", async () => {
    await expect(loadLessonText("no-such-lesson")).rejects.toThrow('no lesson "no-such-lesson"');
  });
});
