import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

describe("FromAsCasing fix", () => {
  it("writes AS in the case of FROM", () => {
    const run = runFix(
      `FROM alpine:3.21 as build\nFROM alpine:3.21\nUSER 1000\nCMD ["true"]\n`,
      "FromAsCasing",
    );
    expect(run.fixes.map((fix) => fix.title)).toEqual(["Write AS in the same case as FROM"]);
    expect(run.fixed).toBe(`FROM alpine:3.21 AS build\nFROM alpine:3.21\nUSER 1000\nCMD ["true"]\n`);
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "FromAsCasing"));
  });

  it("writes as after a lowercase from", () => {
    const source = `from alpine:3.21 AS build\nfrom alpine:3.21\nuser 1000\ncmd ["true"]\n`;
    const run = runFix(source, "FromAsCasing");
    expect(run.fixed).toBe(source.replace("AS", "as"));
    expect(run.remaining).toBe(0);
  });
});
