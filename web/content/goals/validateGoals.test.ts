import { describe, expect, it } from "vitest";
import { validateGoals } from "./validateGoals";

const messages = (check: unknown) =>
  validateGoals([{ id: "g", sentence: "A goal", check }], "lesson.json").map(
    (p) => `${p.field}: ${p.message}`,
  );

describe("the goals' schema", () => {
  it("takes a goal's sentence as plain text", () => {
    const goal = (sentence: string) => [{ id: "g", sentence, check: { kind: "image-starts" } }];
    expect(validateGoals(goal("The service starts with java -jar"), "lesson.json")).toEqual([]);
    expect(validateGoals(goal("`java -jar` starts the service"), "lesson.json")).toEqual([
      {
        file: "lesson.json",
        field: "goals[0].sentence",
        message: "is plain text: Markdown's backticks would show",
      },
    ]);
  });

  it("asks a stages-in-parallel goal for two different stages", () => {
    expect(messages({ kind: "stages-in-parallel", stages: ["frontend", "backend"] })).toEqual([]);
    expect(messages({ kind: "stages-in-parallel", stages: ["frontend", "Frontend"] })).toEqual([
      "goals[0].check.stages: must name at least two different stages",
    ]);
    expect(messages({ kind: "stages-in-parallel" })).toEqual(["goals[0].check.stages: is missing"]);
  });

  it("asks a build-time goal for a fraction to beat the starter or the legacy builder by", () => {
    expect(messages({ kind: "build-time", fasterThanStarterBy: 0.3 })).toEqual([]);
    expect(messages({ kind: "build-time", fasterThanLegacyBy: 0.25 })).toEqual([]);
    expect(messages({ kind: "build-time", fasterThanStarterBy: 30 })).toEqual([
      "goals[0].check.fasterThanStarterBy: must be a fraction between 0 and 1 (0.3 for 30%)",
    ]);
    expect(messages({ kind: "build-time" })).toEqual([
      'goals[0].check: needs "fasterThanStarterBy" or "fasterThanLegacyBy"',
    ]);
  });
});
