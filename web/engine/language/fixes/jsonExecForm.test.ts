import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const image = (command: string) => `FROM python:3.12-slim\nCOPY app.py /app/app.py\nUSER 1000\n${command}\n`;
const APP = { "app.py": "print('hi')\n" };

describe("JSONArgsRecommended fix", () => {
  it("rewrites plain words as a JSON list", () => {
    const run = runFix(image("CMD python /app/app.py --port 8080"), "JSONArgsRecommended", APP);
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ['Use the exec form: CMD ["python", "/app/app.py", "--port", "8080"]', true],
    ]);
    expect(run.fixed).toBe(image('CMD ["python", "/app/app.py", "--port", "8080"]'));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "JSONArgsRecommended"));
  });

  it("joins a CMD continued over lines into one list", () => {
    const run = runFix(
      image("CMD python \\\n    /app/app.py \\\n    --port 8080 --workers 4 --log-level debug"),
      "JSONArgsRecommended",
      APP,
    );
    expect(run.fixes[0]?.title).toBe("Use the exec form (a JSON list)");
    expect(run.fixed).toBe(
      image('CMD ["python", "/app/app.py", "--port", "8080", "--workers", "4", "--log-level", "debug"]'),
    );
  });

  it.each([
    ["a list of commands", "CMD cd /app && python app.py"],
    ["a variable", "CMD python $APP"],
    ["a redirection", "CMD python /app/app.py > /tmp/log"],
    ["a quoted argument", "CMD python -c 'print(1)'"],
    ["a glob", "CMD python /app/*.py"],
    ["a variable assignment", "CMD PYTHONUNBUFFERED=1 python /app/app.py"],
    ["a shell builtin", "CMD exec python /app/app.py"],
  ])("offers nothing for %s, which only a shell reads that way", (_, command) => {
    expect(runFix(image(command), "JSONArgsRecommended", APP).fixes).toEqual([]);
  });

  it("offers nothing for an ENTRYPOINT whose stage sets CMD: in exec form CMD would become its arguments", () => {
    expect(
      runFix(image('ENTRYPOINT python /app/app.py\nCMD ["--debug"]'), "JSONArgsRecommended", APP).fixes,
    ).toEqual([]);
    const alone = runFix(image("ENTRYPOINT python /app/app.py"), "JSONArgsRecommended", APP);
    expect(alone.fixed).toBe(image('ENTRYPOINT ["python", "/app/app.py"]'));
  });
});
