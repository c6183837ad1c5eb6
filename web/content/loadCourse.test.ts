import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadCourse } from "./loadCourse";

const LESSONS = resolve(__dirname, "../../lessons");

describe("the shipped course", () => {
  it("loads and validates every lesson", () => {
    const course = loadCourse(LESSONS);
    expect(course.title).not.toBe("");
    expect(course.lessons.length).toBeGreaterThan(0);
  });

  it("opens with the single-stage Flask app on python:alpine3.7 and its build context", () => {
    const [first] = loadCourse(LESSONS).lessons;
    expect(first?.title).toBe("Why images get fat");
    expect(first?.starter).toMatch(/^FROM python:alpine3\.7$/m);
    expect(first?.starter.match(/^FROM /gm)).toHaveLength(1);
    expect(first?.context.map((f) => f.path)).toEqual(["app.py", "requirements.txt"]);
    expect(first?.context.find((f) => f.path === "requirements.txt")?.content).toMatch(/flask/i);
    expect(first?.context.every((f) => f.sizeBytes === Buffer.byteLength(f.content))).toBe(true);
    expect(first?.steps.map((step) => step.html).join("")).toMatch(/layer/i);
    expect(first?.goals.length).toBeGreaterThan(0);
  });
});

describe("invalid content", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function course(files: Record<string, string>): string {
    const root = join(mkdtempSync(join(tmpdir(), "stageplay-content-")), "lessons");
    dirs.push(resolve(root, ".."));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(resolve(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  const goodLesson = {
    "intro/lesson.json": JSON.stringify({ id: "intro", title: "Intro", summary: "S", hints: ["h"] }),
    "intro/text.md": "# Intro\n",
    "intro/starter.Dockerfile": "FROM alpine\n",
    "intro/solution.Dockerfile": "FROM alpine\n",
  };

  function problemsOf(root: string): string {
    try {
      loadCourse(root);
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      return (e as Error).message;
    }
    throw new Error("expected the course to be rejected");
  }

  it("accepts a minimal valid course", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...goodLesson,
    });
    expect(loadCourse(root).lessons[0]?.id).toBe("intro");
  });

  it("migrates a version 1 lesson.json: plain hints, no goals", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...goodLesson,
    });
    const [lesson] = loadCourse(root).lessons;
    expect(lesson?.hints).toEqual([{ text: "h", html: "h" }]);
    expect(lesson?.goals).toEqual([]);
  });

  it("names the goal's field when a version 2 goal is malformed, and a hint tied to no goal", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...goodLesson,
      "intro/lesson.json": JSON.stringify({
        version: 2,
        id: "intro",
        title: "Intro",
        summary: "S",
        goals: [
          { id: "small", sentence: "Small", check: { kind: "image-size" } },
          { id: "lean", sentence: "", check: { kind: "image-path", path: "usr/local/go", present: false } },
          { id: "odd", sentence: "Odd", check: { kind: "image-colour" } },
        ],
        hints: [{ text: "h", goal: "missing" }],
      }),
    });
    const message = problemsOf(root);
    expect(message).toContain(
      'lessons/intro/lesson.json: field "goals[0].check" needs "underMB" or "smallerThanStarterBy"',
    );
    expect(message).toContain('field "goals[1].sentence" must be a non-empty string');
    expect(message).toContain('field "goals[1].check.path" must be an absolute path');
    expect(message).toContain('field "goals[2].check.kind" must be one of "stage-count"');
    expect(message).toContain('field "hints[0].goal" must be the id of one of this lesson\'s goals');
  });

  it("names the file and the field when a lesson's title is missing", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...goodLesson,
      "intro/lesson.json": JSON.stringify({ id: "intro", summary: "S", hints: ["h"] }),
    });
    expect(problemsOf(root)).toContain('lessons/intro/lesson.json: field "title" is missing');
  });

  it("rejects a lesson whose id differs from its folder", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...goodLesson,
      "intro/lesson.json": JSON.stringify({ id: "other", title: "I", summary: "S", hints: ["h"] }),
    });
    expect(problemsOf(root)).toContain(
      'lessons/intro/lesson.json: field "id" must equal the folder name "intro"',
    );
  });

  it("rejects a course that lists a lesson folder that does not exist", () => {
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro", "missing"] }),
      ...goodLesson,
    });
    expect(problemsOf(root)).toContain('lessons/course.json: field "lessons" names "missing"');
  });

  it("rejects a missing solution Dockerfile and an unknown field", () => {
    const { "intro/solution.Dockerfile": _dropped, ...rest } = goodLesson;
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"], extra: true }),
      ...rest,
    });
    expect(problemsOf(root)).toContain('lessons/course.json: field "extra" is not a known field');
  });

  it("reports a missing solution Dockerfile by its path", () => {
    const { "intro/solution.Dockerfile": _dropped, ...rest } = goodLesson;
    const root = course({
      "course.json": JSON.stringify({ version: 1, title: "T", lessons: ["intro"] }),
      ...rest,
    });
    expect(problemsOf(root)).toContain('lessons/intro/solution.Dockerfile: field "(file)" is missing');
  });

  it("reports malformed JSON with the file named", () => {
    const root = course({ "course.json": "{ not json", ...goodLesson });
    expect(problemsOf(root)).toMatch(/^lessons\/course\.json: field "\(file\)" cannot be read/m);
  });
});

describe("lesson text", () => {
  it("is rendered to HTML at build time with raw HTML escaped", () => {
    const [first] = loadCourse(LESSONS).lessons;
    expect(first?.steps[0]?.title).toBe("Introduction");
    expect(first?.steps[0]?.html).not.toContain("<h1>");
    expect(first?.steps.map((step) => step.title)).toContain("An image is a stack of layers");
    expect(first?.hints.some((hint) => hint.html.includes("<code>--no-cache-dir</code>"))).toBe(true);
  });
});
