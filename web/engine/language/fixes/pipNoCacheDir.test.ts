import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const image = (run: string) => `FROM python:3.12-slim\n${run}\nUSER 1000\nCMD ["python"]\n`;

describe("pip-cache-in-image fix", () => {
  it("adds --no-cache-dir right after pip install", () => {
    const run = runFix(image("RUN pip install flask"), "pip-cache-in-image");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Add --no-cache-dir to pip install", true],
    ]);
    expect(run.fixed).toBe(image("RUN pip install --no-cache-dir flask"));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "pip-cache-in-image"));
  });

  it("adds it to each pip install of the RUN that lacks it, through python -m pip too", () => {
    const run = runFix(
      image("RUN python -m pip install --no-cache-dir flask && pip3 install \\\n    gunicorn"),
      "pip-cache-in-image",
    );
    expect(run.fixed).toBe(
      image("RUN python -m pip install --no-cache-dir flask && pip3 install --no-cache-dir \\\n    gunicorn"),
    );
    expect(run.remaining).toBe(0);
  });
});
