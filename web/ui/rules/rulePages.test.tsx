import { resolve } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BUILDKIT_RULES } from "../../engine";
import { loadCourse } from "../../content/loadCourse";
import { RULE_DOCS } from "../../content/ruleDocs";
import { rulesTaughtBy } from "../../content/taughtRules";
import { parseRoute, checkHref, CHECKS_HREF } from "../routes";
import { FindingRuleLink } from "./FindingRuleLink";
import { RulePage } from "./RulePage";
import { RulesIndex } from "./RulesIndex";
import { splitCode } from "./RuleText";
import { buildKitRules, lessonsTeaching, rulePageContent, teachingGroups } from "./rulePages";

const course = loadCourse(resolve(__dirname, "../../../lessons"));

describe("check routes", () => {
  it("read the index and one check, BuildKit's rule names included", () => {
    expect(parseRoute(CHECKS_HREF)).toEqual({ kind: "rules" });
    expect(parseRoute("#/checks/")).toEqual({ kind: "rules" });
    expect(parseRoute(checkHref("cache-mount-not-in-image"))).toEqual({
      kind: "rule",
      rule: "cache-mount-not-in-image",
    });
    expect(parseRoute("#/checks/JSONArgsRecommended")).toEqual({ kind: "rule", rule: "JSONArgsRecommended" });
  });
});

describe("a check's page", () => {
  it("explains a teaching check and links every lesson that teaches it", () => {
    // Lessons 2 and 15 both tie a hint to it.
    const rule = "removed-in-later-layer";
    const teaching = lessonsTeaching(course, rule);
    expect(teaching.length).toBeGreaterThan(1);
    for (const { lesson, number } of teaching) {
      expect(rulesTaughtBy(lesson)).toContain(rule);
      expect(course.lessons[number - 1]).toBe(lesson);
    }
    const html = renderToStaticMarkup(<RulePage course={course} rule={rule} />);
    expect(html).toContain(`<h1 id="rule-title">${RULE_DOCS[rule]!.title}</h1>`);
    expect(html).toContain("What it means");
    expect(html).toContain("With the mistake");
    for (const { lesson } of teaching) expect(html).toContain(`href="#/lessons/${lesson.id}"`);
  });

  it("says so when no lesson teaches the check yet", () => {
    const untaught = Object.keys(RULE_DOCS).find((rule) => lessonsTeaching(course, rule).length === 0);
    if (!untaught) return;
    expect(renderToStaticMarkup(<RulePage course={course} rule={untaught} />)).toContain(
      "No lesson of the course is about this check yet.",
    );
  });

  it("sends a BuildKit check to Docker's page, and names an unknown rule", () => {
    expect(rulePageContent("JSONArgsRecommended").kind).toBe("buildkit");
    const buildkit = renderToStaticMarkup(<RulePage course={course} rule="JSONArgsRecommended" />);
    expect(buildkit).toContain(BUILDKIT_RULES.JSONArgsRecommended.url);
    const unknown = renderToStaticMarkup(<RulePage course={course} rule="no-such-rule" />);
    expect(unknown).toContain("There is no check called no-such-rule");
  });
});

describe("the checks index", () => {
  it("lists every teaching check once and every BuildKit check", () => {
    const listed = teachingGroups().flatMap((group) => group.rules.map((entry) => entry.rule));
    expect([...listed].sort()).toEqual(Object.keys(RULE_DOCS).sort());
    expect(buildKitRules().map((entry) => entry.rule)).toEqual(Object.keys(BUILDKIT_RULES));
    const html = renderToStaticMarkup(<RulesIndex />);
    expect(html).toContain('href="#/checks/secret-in-layer"');
    expect(html).toContain(`href="${BUILDKIT_RULES.UndefinedVar.url}"`);
  });
});

describe("a finding's rule link", () => {
  it("goes to our page for a teaching check, to Docker in a new tab for a BuildKit check", () => {
    const ours = renderToStaticMarkup(<FindingRuleLink rule="venv-moved" />);
    expect(ours).toContain('href="#/checks/venv-moved"');
    expect(ours).not.toContain("_blank");
    const docker = renderToStaticMarkup(<FindingRuleLink rule="JSONArgsRecommended" />);
    expect(docker).toContain(`href="${BUILDKIT_RULES.JSONArgsRecommended.url}"`);
    expect(docker).toContain('target="_blank"');
  });
  it("is left out for a note without an explanation", () => {
    expect(renderToStaticMarkup(<FindingRuleLink rule="unknown-command" />)).toBe("");
    expect(renderToStaticMarkup(<FindingRuleLink rule={null} />)).toBe("");
  });
});

describe("explanation text", () => {
  it("shows single and double backtick spans as code", () => {
    expect(splitCode("run `npm ci` then ``version `GLIBC_2.38' not found``.")).toEqual([
      { text: "run ", code: false },
      { text: "npm ci", code: true },
      { text: " then ", code: false },
      { text: "version `GLIBC_2.38' not found", code: true },
      { text: ".", code: false },
    ]);
  });
});
