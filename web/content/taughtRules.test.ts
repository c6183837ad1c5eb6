import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILDKIT_RULES, TEACHING_CHECK_IDS } from "../engine";
import { loadCourse } from "./loadCourse";
import { lessonsByRule, rulesTaughtBy } from "./taughtRules";

const course = loadCourse(resolve(__dirname, "../../lessons"));

describe("the findings lessons explain", () => {
  it("reads them from tied hints and no-errors goals", () => {
    const first = course.lessons[0]!;
    expect(rulesTaughtBy(first)).toEqual(["JSONArgsRecommended"]);
    expect(lessonsByRule(course).get("JSONArgsRecommended")).toMatchObject({ lesson: first, number: 1 });
  });

  it("names only rules that exist", () => {
    const known = new Set([...Object.keys(BUILDKIT_RULES), ...TEACHING_CHECK_IDS]);
    for (const rule of lessonsByRule(course).keys()) expect(known, rule).toContain(rule);
  });
});
