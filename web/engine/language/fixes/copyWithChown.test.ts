import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const DATA = { "data/model.bin": 5_000_000, "data/labels.txt": "cat\ndog\n" };
const image = (steps: string) =>
  `FROM python:3.12-slim\nRUN useradd app\n${steps}\nUSER app\nCMD ["python"]\n`;

describe("chown-duplicates-files fix", () => {
  it("sets the owner in the COPY and removes the chown RUN", () => {
    const run = runFix(image("COPY data /data\nRUN chown -R app:app /data"), "chown-duplicates-files", DATA);
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Set the owner in the COPY (--chown=app:app)", true],
    ]);
    expect(run.fixed).toBe(image("COPY --chown=app:app data /data"));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "chown-duplicates-files"));
  });

  it("writes the numeric owner when the user is created between the COPY and the chown", () => {
    const source = `FROM python:3.12-slim\nCOPY data /data\nRUN useradd app\nRUN chown -R app:app /data\nUSER app\nCMD ["python"]\n`;
    const run = runFix(source, "chown-duplicates-files", DATA);
    expect(run.fixed).toBe(
      `FROM python:3.12-slim\nCOPY --chown=1000:1000 data /data\nRUN useradd app\nUSER app\nCMD ["python"]\n`,
    );
    expect(run.remaining).toBe(0);
  });

  it.each([
    ["the RUN does more than chown", "COPY data /data\nRUN chown -R app:app /data && echo done"],
    [
      "the chown's path is not where the COPY put files",
      "COPY data /data/models\nRUN chown -R app:app /data",
    ],
    [
      "the chown also changes files an earlier RUN made",
      "RUN mkdir /data && echo 1 > /data/version\nCOPY data /data\nRUN chown -R app:app /data",
    ],
    [
      "no group is given (chown keeps the group, --chown would not)",
      "COPY data /data\nRUN chown -R app /data",
    ],
  ])("offers nothing when %s", (_, steps) => {
    expect(runFix(image(steps), "chown-duplicates-files", DATA).fixes).toEqual([]);
  });
});
