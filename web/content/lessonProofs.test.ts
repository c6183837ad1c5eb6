// Every lesson proves itself: its solution reaches every goal, its starter misses at least one, and
// each hint tied to a goal or a finding is true of the starter, checked by the same evaluateGoals
// the browser runs.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../engine";
import { evaluateGoals } from "./goals/evaluateGoals";
import { loadCourse } from "./loadCourse";
import type { Lesson } from "./types";

const course = loadCourse(resolve(__dirname, "../../lessons"));

function check(lesson: Lesson, source: string) {
  const options = { context: lesson.context };
  const analysis = analyze(source, options);
  const results = evaluateGoals(lesson.goals, {
    analysis,
    source,
    options,
    starter: () => analyze(lesson.starter, options),
  });
  return { analysis, results };
}

describe.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))("lesson %s", (_id, lesson) => {
  const starter = check(lesson, lesson.starter);
  const solution = check(lesson, lesson.solution);

  it("has goals, each with a sentence", () => {
    expect(lesson.goals.length).toBeGreaterThan(0);
    for (const goal of lesson.goals) expect(goal.sentence.trim()).not.toBe("");
  });

  it("is solved by its solution: every goal passes", () => {
    const failed = solution.results.filter((r) => !r.passed).map((r) => `${r.sentence}: ${r.found}`);
    expect(failed).toEqual([]);
  });

  it("is not solved by its starter: at least one goal fails, and says what it found", () => {
    const failed = starter.results.filter((r) => !r.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const result of failed) expect(result.found).toBeTruthy();
  });

  it("ties each hint to something true of the starter", () => {
    for (const hint of lesson.hints) {
      if (hint.goal) {
        expect(
          starter.results.find((r) => r.id === hint.goal),
          `hint's goal ${hint.goal}`,
        ).toMatchObject({
          passed: false,
        });
      }
      if (hint.finding) {
        expect(
          starter.analysis.diagnostics.map((d) => d.rule),
          `hint's finding ${hint.finding}`,
        ).toContain(hint.finding);
      }
    }
  });
});
