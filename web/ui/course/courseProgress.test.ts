import { describe, expect, it } from "vitest";
import type { Course, Lesson } from "../../content/types";
import { courseProgress, lessonState } from "./courseProgress";

/** A lesson with only what the course map reads; the rest of a lesson does not matter here. */
const lesson = (id: string) =>
  ({ id, title: `Title of ${id}`, summary: `Summary of ${id}`, starter: `FROM ${id}\n` }) as Lesson;

const course: Course = { version: 1, title: "A course", lessons: ["one", "two", "three"].map(lesson) };
const nothing = { completed: [], documents: {}, contexts: {}, lessonSteps: {} };
const one = lesson("one");

describe("lessonState", () => {
  it("calls a lesson the learner has not touched not started", () => {
    expect(lessonState(one, nothing)).toBe("not started");
  });

  it("calls a lesson marked as done done, whatever else the learner did", () => {
    expect(lessonState(one, { ...nothing, completed: ["one"], lessonSteps: { one: 2 } })).toBe("done");
  });

  it("calls a lesson in progress once its Dockerfile differs from the starter", () => {
    expect(lessonState(one, { ...nothing, documents: { "lesson:one": "FROM alpine\n" } })).toBe(
      "in progress",
    );
  });

  it("does not count a Dockerfile edited back to the starter", () => {
    expect(lessonState(one, { ...nothing, documents: { "lesson:one": one.starter } })).toBe("not started");
  });

  it("calls a lesson in progress once its build context is edited", () => {
    const contexts = { "lesson:one": [{ path: "app.py", sizeBytes: 0 }] };
    expect(lessonState(one, { ...nothing, contexts })).toBe("in progress");
  });

  it("calls a lesson in progress once the learner moves past its first step", () => {
    expect(lessonState(one, { ...nothing, lessonSteps: { one: 1 } })).toBe("in progress");
    expect(lessonState(one, { ...nothing, lessonSteps: { one: 0 } })).toBe("not started");
  });

  it("reads only its own lesson's work", () => {
    const progress = {
      ...nothing,
      documents: { "lesson:two": "FROM x\n" } as const,
      lessonSteps: { two: 3 },
    };
    expect(lessonState(one, progress)).toBe("not started");
  });
});

describe("courseProgress", () => {
  it("lists every lesson in course order, numbered from 1", () => {
    const { lessons } = courseProgress(course, nothing);
    expect(lessons.map((l) => [l.number, l.lesson.id, l.state])).toEqual([
      [1, "one", "not started"],
      [2, "two", "not started"],
      [3, "three", "not started"],
    ]);
  });

  it("starts a learner who has begun nothing at the first lesson", () => {
    const progress = courseProgress(course, nothing);
    expect(progress.next?.lesson.id).toBe("one");
    expect(progress.begun).toBe(false);
    expect([progress.done, progress.total]).toEqual([0, 3]);
  });

  it("continues with the first lesson not done, even when a later one is done", () => {
    const progress = courseProgress(course, { ...nothing, completed: ["one", "three"] });
    expect(progress.next?.lesson.id).toBe("two");
    expect(progress.begun).toBe(true);
    expect(progress.done).toBe(2);
  });

  it("has nothing to continue with once every lesson is done", () => {
    const progress = courseProgress(course, { ...nothing, completed: ["three", "two", "one"] });
    expect(progress.next).toBeUndefined();
    expect(progress.done).toBe(3);
  });

  it("counts only this course's lessons as done", () => {
    expect(courseProgress(course, { ...nothing, completed: ["one", "gone"] }).done).toBe(1);
  });

  it("has nothing to continue with in a course without lessons", () => {
    const empty = courseProgress({ ...course, lessons: [] }, nothing);
    expect([empty.next, empty.done, empty.total, empty.begun]).toEqual([undefined, 0, 0, false]);
  });
});
