// The sizes the capstone lesson states, checked against the engine's build of its starter with the
// lesson's own context, so the text and the Image tab cannot disagree.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSize } from "../../engine";
import { loadCourse } from "../loadCourse";

const lessons = resolve(__dirname, "../../../lessons");
const lesson = loadCourse(lessons).lessons.find((l) => l.id === "capstone")!;
const text = readFileSync(resolve(lessons, "capstone/text.md"), "utf8");

describe("the capstone lesson's figures", () => {
  const starter = analyze(lesson.starter, { context: lesson.context }).simulation.image!;

  it("states the starter image's size", () => {
    expect(formatSize(starter.sizeBytes)).toBe("1.14GB");
    expect(text).toContain("**1.14GB**");
  });

  it("states that the late cleanup's layer weighs nothing", () => {
    const cleanup = starter.layers.find((layer) => layer.line === 6)!;
    expect(formatSize(cleanup.sizeBytes)).toBe("0B");
    expect(text).toContain("weighing `0B`");
  });
});
