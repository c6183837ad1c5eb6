import { describe, expect, it } from "vitest";
import type { Analysis } from "../../analyze";
import { analyzeWith, findings } from "./testing/teachingFindings";

const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };
const FLASK = { "requirements.txt": "flask\n", "app.py": "import flask\n" };

/** ~/.local belongs to the user whose home it is: root installed flask there, the app runs as app. */
const USER_SITE_FOR_ANOTHER_USER = `FROM python:3.12 AS build
RUN pip install --user --no-cache-dir flask

FROM python:3.12-slim
RUN useradd -m app
COPY --from=build /root/.local /root/.local
COPY app.py /app/app.py
USER app
CMD ["python", "/app/app.py"]
`;

/** Dockerfiles whose image would not start, each for another reason, with the check that should say why. */
const WOULD_NOT_START: [string, string, string, Record<string, string>][] = [
  ["pip --user for another user", "image-would-not-start", USER_SITE_FOR_ANOTHER_USER, FLASK],
  [
    "a USER missing from /etc/passwd",
    "user-not-in-passwd",
    `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nUSER nobody\nENTRYPOINT ["/app"]\n`,
    GO,
  ],
  [
    "a shell-form CMD on distroless",
    "shell-form-without-shell",
    `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nCMD /app --serve\n`,
    GO,
  ],
  [
    "a module installed only in the builder",
    "python-deps-not-copied",
    `FROM python:3.12 AS builder\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app.py .\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=builder /app /app\nCMD ["python", "app.py"]\n`,
    FLASK,
  ],
];

function failingReasons(analysis: Analysis) {
  return analysis.simulation.image?.verdict.reasons.filter((reason) => !reason.ok) ?? [];
}

describe("image-would-not-start", () => {
  it.each(WOULD_NOT_START)(
    "makes check agree with build's verdict for %s, once, through %s",
    (_, rule, dockerfile, files) => {
      const analysis = analyzeWith(dockerfile, files);
      const reasons = failingReasons(analysis);
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) {
        const said = analysis.diagnostics.filter(
          (d) =>
            d.severity !== "info" &&
            d.range.start.line === reason.line &&
            d.message.includes(reason.runtimeError ?? "(no runtime error)"),
        );
        expect(said.map((d) => d.rule)).toEqual([rule]);
      }
    },
  );

  it("carries the verdict's message, runtime error, line and fix when no specific check explains it", () => {
    const analysis = analyzeWith(USER_SITE_FOR_ANOTHER_USER, FLASK);
    const [reason] = failingReasons(analysis);
    const [finding, ...rest] = findings(USER_SITE_FOR_ANOTHER_USER, "image-would-not-start", FLASK);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(6);
    expect(finding?.message).toContain(reason?.message);
    expect(finding?.message).toContain("ModuleNotFoundError: No module named 'flask'");
    expect(finding?.fix).toBe(reason?.fix);
  });

  it("is a note that cannot tell when an unknown step could have provided what is missing", () => {
    const dockerfile = USER_SITE_FOR_ANOTHER_USER.replace(
      "USER app",
      "RUN some-unknown-tool --setup\nUSER app",
    );
    const analysis = analyzeWith(dockerfile, FLASK);
    expect(analysis.simulation.image?.verdict.certain).toBe(false);
    const found = analysis.diagnostics.filter((d) => d.rule === "image-would-not-start");
    expect(found.map((d) => d.severity)).toEqual(["info"]);
    expect(found[0]?.message).toMatch(/^Stageplay cannot tell whether the image starts\./);
    expect(analysis.simulation.image?.verdict.runs).toBeNull();
  });

  it("stays quiet when the image would start", () => {
    const dockerfile = `FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\nCOPY app.py /app/app.py\nCMD ["python", "/app/app.py"]\n`;
    expect(findings(dockerfile, "image-would-not-start", FLASK)).toEqual([]);
  });
});
