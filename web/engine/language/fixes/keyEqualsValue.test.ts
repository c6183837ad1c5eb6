import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const image = (line: string) => `FROM alpine:3.21\n${line}\nUSER 1000\nCMD ["true"]\n`;

describe("LegacyKeyValueFormat fix", () => {
  it("puts = between key and value, quoting a value with spaces", () => {
    const run = runFix(image("ENV GREETING hello   world"), "LegacyKeyValueFormat");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ['Write ENV GREETING="hello   world"', true],
    ]);
    expect(run.fixed).toBe(image('ENV GREETING="hello   world"'));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "LegacyKeyValueFormat"));
    expect(run.after.simulation.stages[0]?.config.env.GREETING).toBe("hello   world");
  });

  it("covers LABEL, and keeps a value that is already one quoted word", () => {
    expect(runFix(image("LABEL maintainer team"), "LegacyKeyValueFormat").fixed).toBe(
      image("LABEL maintainer=team"),
    );
    expect(runFix(image('ENV A "x y"'), "LegacyKeyValueFormat").fixed).toBe(image('ENV A="x y"'));
  });

  it("offers nothing when quotes or backslashes inside the value would change meaning in double quotes", () => {
    expect(runFix(image(`ENV A it's \\ here`), "LegacyKeyValueFormat").fixes).toEqual([]);
  });
});
