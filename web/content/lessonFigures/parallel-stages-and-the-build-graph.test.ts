// The simulated times the "Parallel stages and the build graph" lesson states, checked against the
// engine's builds of its starter and solution with the lesson's own context, so the text and the
// Build tab cannot disagree.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSeconds, type Step } from "../../engine";
import { loadCourse } from "../loadCourse";

const id = "parallel-stages-and-the-build-graph";
const lessons = resolve(__dirname, "../../../lessons");
const lesson = loadCourse(lessons).lessons.find((l) => l.id === id)!;
const text = readFileSync(resolve(lessons, id, "text.md"), "utf8");

/** As the Build tab's totals print a time: "71.5 s". */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const stated = (ms: number, figure: string) => {
  expect(seconds(ms)).toBe(figure);
  expect(text).toContain(`**${figure}**`);
};

describe("the parallel-stages lesson's figures", () => {
  const starter = analyze(lesson.starter, { context: lesson.context }).simulation;
  const solution = analyze(lesson.solution, { context: lesson.context }).simulation;
  const stageSteps = (steps: readonly Step[], stage: number) => steps.filter((s) => s.stage === stage);

  it("states the starter's time with BuildKit and with the legacy builder", () => {
    stated(starter.times.buildkitMs, "71.5 s");
    stated(starter.times.legacyMs, "71.9 s");
  });

  it("states the split build's time with BuildKit and with the legacy builder", () => {
    stated(solution.times.buildkitMs, "43.2 s");
    stated(solution.times.legacyMs, "63.0 s");
    expect(text).toContain("from 63.0 s down to 43.2 s");
  });

  it("states when the front end is done and when golang:1.26 is pulled", () => {
    const frontend = stageSteps(solution.steps, 0);
    stated(Math.max(...frontend.map((s) => s.endMs)), "19.4 s");
    const pull = stageSteps(solution.steps, 1).find((s) => s.keyword === "FROM")!;
    expect(pull.text).toBe("FROM docker.io/library/golang:1.26");
    stated(pull.endMs, "22.7 s");
    expect(text).toContain(`#7 DONE ${formatSeconds(pull.durationMs)}`);
  });

  it("puts backend, not frontend, on the critical path", () => {
    const onPath = new Set(
      solution.times.criticalPath.map((stepId) => solution.steps.find((s) => s.id === stepId)!.stage),
    );
    expect(onPath.has(1 as never)).toBe(true);
    expect(onPath.has(0 as never)).toBe(false);
  });

  it("states the log's step counts, the Go build's estimate and that the split has one step more", () => {
    expect(stageSteps(solution.steps, 0)[0]!.of).toBe(6);
    expect(stageSteps(solution.steps, 1)[0]!.of).toBe(4);
    expect(text).toContain("[frontend 1/6]");
    expect(text).toContain("[backend 1/4]");
    const goBuild = solution.steps.find((s) => s.text.startsWith("RUN CGO_ENABLED=0 go build"))!;
    expect(Math.round(goBuild.durationMs / 1000)).toBe(20);
    expect(text).toContain("about 20 s for a cold `go build`");
    expect(solution.steps.length).toBe(starter.steps.length + 1);
    expect(text).toContain("one step more than the starter");
  });
});
