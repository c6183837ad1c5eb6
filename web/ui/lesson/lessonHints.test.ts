import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../engine";
import type { GoalResult } from "../../content/goals/types";
import type { Hint } from "../../content/types";
import { allGoalsPass, nextHint } from "./lessonHints";

const result = (id: string, passed: boolean): GoalResult => ({
  id,
  sentence: id,
  passed,
  expected: "",
  found: passed ? null : "x",
  line: null,
});
const finding = (rule: string) => ({ rule }) as Diagnostic;

const HINTS: Hint[] = [{}, { goal: "cache" }, { finding: "JSONArgsRecommended" }];

describe("choosing the next hint", () => {
  it("opens first a hint about a failing goal or a present finding", () => {
    expect(nextHint(HINTS, [], [result("cache", false)], [])).toBe(1);
    expect(nextHint(HINTS, [], [result("cache", true)], [finding("JSONArgsRecommended")])).toBe(2);
  });

  it("falls back to general hints, then to the rest, then to none", () => {
    expect(nextHint(HINTS, [], [result("cache", true)], [])).toBe(0);
    expect(nextHint(HINTS, [0], [result("cache", true)], [])).toBe(1);
    expect(nextHint(HINTS, [0, 1, 2], null, undefined)).toBeNull();
  });
});

describe("lesson completion", () => {
  it("needs every goal checked and passing", () => {
    expect(allGoalsPass(2, [result("a", true), result("b", true)])).toBe(true);
    expect(allGoalsPass(2, [result("a", true), result("b", false)])).toBe(false);
    expect(allGoalsPass(2, [result("a", true)])).toBe(false);
    expect(allGoalsPass(0, [])).toBe(false);
    expect(allGoalsPass(1, null)).toBe(false);
  });
});
