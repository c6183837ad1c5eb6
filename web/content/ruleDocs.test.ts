import { describe, expect, it } from "vitest";
import { BUILDKIT_RULES, TEACHING_CHECK_IDS } from "../engine";
import { RULE_DOCS, RULE_GROUPS } from "./ruleDocs";
import { BUILDKIT_RULE_NAMES, TEACHING_RULE_NAMES, ruleLink } from "./ruleLinks";

describe("rule pages", () => {
  it("explain every teaching check the engine registers", () => {
    const missing = TEACHING_CHECK_IDS.filter((id) => !Object.hasOwn(RULE_DOCS, id));
    expect(missing).toEqual([]);
  });

  it("explain no rule the engine does not have", () => {
    const unknown = Object.keys(RULE_DOCS).filter((name) => !TEACHING_CHECK_IDS.includes(name));
    expect(unknown).toEqual([]);
  });

  it("are the ones rule names link to", () => {
    expect([...TEACHING_RULE_NAMES].sort()).toEqual(Object.keys(RULE_DOCS).sort());
  });

  it("list exactly the BuildKit checks the engine implements", () => {
    expect([...BUILDKIT_RULE_NAMES].sort()).toEqual(Object.keys(BUILDKIT_RULES).sort());
  });

  it("give every rule a title, a meaning, a reason, a fix and a known group", () => {
    const groups = new Set(RULE_GROUPS.map((group) => group.id));
    for (const [rule, doc] of Object.entries(RULE_DOCS)) {
      expect(doc.title, rule).not.toBe("");
      expect(doc.meaning.length, rule).toBeGreaterThan(40);
      expect(doc.why.length, rule).toBeGreaterThan(40);
      expect(doc.fix.length, rule).toBeGreaterThan(20);
      expect(groups.has(doc.group), rule).toBe(true);
    }
  });

  it("show code spans whole: every backtick in a text has its pair", () => {
    for (const [rule, doc] of Object.entries(RULE_DOCS)) {
      for (const text of [doc.meaning, doc.why, doc.fix]) {
        // ``double`` spans hold a backtick inside; the rest must pair up.
        const singles = text.replace(/``[^`]*(?:`[^`]+)*``/g, "").split("`").length - 1;
        expect(singles % 2, `${rule}: ${text}`).toBe(0);
      }
    }
  });
});

describe("where a rule name leads", () => {
  it("a BuildKit check goes to Docker's page for it", () => {
    expect(ruleLink("JSONArgsRecommended")).toEqual({
      href: "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
      external: true,
    });
  });
  it("a teaching check goes to its own page", () => {
    expect(ruleLink("cache-mount-not-in-image")).toEqual({
      href: "#/checks/cache-mount-not-in-image",
      external: false,
    });
  });
  it("anything else goes nowhere", () => {
    expect(ruleLink("unknown-command")).toBeNull();
    expect(ruleLink("toString")).toBeNull();
    expect(ruleLink(null)).toBeNull();
  });
});
