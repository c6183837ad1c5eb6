import { describe, expect, it } from "vitest";
import type { Course } from "../../content/types";
import { EXAMPLES } from "../../content/examples";
import { defaultPair, groupSources, showdownSources } from "./showdownSources";

const lesson = (id: string, title: string) => ({
  id,
  title,
  summary: "",
  stepCount: 1,
  starter: `FROM alpine # ${id} starter\n`,
  solution: `FROM alpine # ${id} solution\n`,
  context: [{ path: "app.py", content: "print(1)\n", sizeBytes: 9 }],
  hints: [],
  goals: [],
});

const PLAYGROUND_FILE = { path: "main.go", content: "package main\n", sizeBytes: 13 };

const COURSE: Course = {
  version: 1,
  title: "Course",
  lessons: [lesson("one", "First"), lesson("two", "Second")],
};

describe("showdownSources", () => {
  const sources = showdownSources({
    course: COURSE,
    playground: { text: "FROM scratch\n", context: [PLAYGROUND_FILE] },
    yours: null,
  });

  it("offers each lesson's starter and solution with the lesson's context, then the playground, then the examples", () => {
    expect(sources.map((s) => s.id)).toEqual([
      "lesson:one:starter",
      "lesson:one:solution",
      "lesson:two:starter",
      "lesson:two:solution",
      "playground",
      ...EXAMPLES.map((e) => `example:${e.id}`),
    ]);
    expect(sources[3]).toMatchObject({ label: "Lesson 2 solution", group: "Lesson 2: Second" });
    expect(sources[3]!.context).toBe(COURSE.lessons[1]!.context);
  });

  it("gives the playground its current text and build context", () => {
    const playground = sources.find((s) => s.id === "playground")!;
    expect(playground.dockerfile).toBe("FROM scratch\n");
    expect(playground.context).toEqual([PLAYGROUND_FILE]);
    expect(playground.contextNote).toBeNull();
  });

  it("adds the learner's own version of a lesson they edited", () => {
    const withYours = showdownSources({
      course: COURSE,
      playground: { text: "", context: [] },
      yours: { lessonId: "two", text: "FROM busybox\n", context: [PLAYGROUND_FILE] },
    });
    const yours = withYours.find((s) => s.id === "lesson:two:yours");
    expect(yours).toMatchObject({
      label: "Lesson 2 (your version)",
      dockerfile: "FROM busybox\n",
      context: [PLAYGROUND_FILE],
    });
  });

  it("groups the picker's options in the order the groups first appear", () => {
    expect(groupSources(sources).map((g) => [g.group, g.sources.length])).toEqual([
      ["Lesson 1: First", 2],
      ["Lesson 2: Second", 2],
      ["Playground", 1],
      ["Examples", EXAMPLES.length],
    ]);
  });
});

describe("defaultPair", () => {
  it("compares a lesson's starter with its solution", () => {
    expect(defaultPair(COURSE, "two")).toEqual(["lesson:two:starter", "lesson:two:solution"]);
  });

  it("opens on the regular Flask image against its 'multistage' version without a lesson, or with an unknown one", () => {
    const seed = ["example:flask-regular", "example:flask-multistage-as-published"];
    expect(defaultPair(COURSE, null)).toEqual(seed);
    expect(defaultPair(COURSE, "nope")).toEqual(seed);
  });
});
