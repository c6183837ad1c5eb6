import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import { runTeachingChecks } from "./runTeachingChecks";
import { TEACHING_CHECKS, TEACHING_CHECK_IDS } from "./teachingChecks";
import { analyzeWith } from "./testing/teachingFindings";

const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };

/** Dockerfiles that between them trip most checks, for properties every finding must have. */
const MISTAKES: [string, Record<string, string | number>][] = [
  [
    `FROM python:3.12 AS builder\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app.py .\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=builder /app /app\nCMD ["python", "app.py"]\n`,
    { "requirements.txt": "flask\n", "app.py": "import flask\n" },
  ],
  [
    `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM build AS test\nRUN go test ./...\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER nobody\nCMD /app\n`,
    GO,
  ],
  [
    `FROM debian\nRUN apt-get update && apt-get install -y gcc\nRUN rm -rf /var/lib/apt/lists/*\nCOPY . /app\nRUN chown -R 1000:1000 /app\nHEALTHCHECK CMD curl -f localhost\n`,
    { "big.bin": 5_000_000 },
  ],
];

describe("the teaching check registry", () => {
  it("gives every check stable kebab-case ids, each id once", () => {
    expect(TEACHING_CHECK_IDS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TEACHING_CHECK_IDS).size).toBe(TEACHING_CHECK_IDS.length);
    for (const id of TEACHING_CHECK_IDS) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it("reports only its own ids, each finding with a line, a fix and a sentence", () => {
    for (const [dockerfile, files] of MISTAKES) {
      const analysis = analyzeWith(dockerfile, files);
      for (const { ids, run } of TEACHING_CHECKS) {
        for (const finding of run(analysis)) {
          expect(ids).toContain(finding.rule);
          expect(finding.range.start.line).toBeGreaterThanOrEqual(1);
          expect(finding.fix).toBeTruthy();
          expect(finding.message).toMatch(/[.)]$/);
        }
      }
    }
  });
});

describe("runTeachingChecks", () => {
  it("turns a check that throws into one internal diagnostic and runs the others", () => {
    const analysis = analyze("FROM alpine:3.21\nUSER 1000\n");
    const broken = () => {
      throw new Error("boom");
    };
    const found = runTeachingChecks(analysis, [
      { ids: ["broken-check"], run: broken },
      {
        ids: ["always"],
        run: () => [{ severity: "info", rule: "always", message: "hi", range: analysis.stages[0]!.range }],
      },
    ]);
    expect(found.map((d) => [d.rule, d.message])).toEqual([
      ["internal", "internal error in the teaching check broken-check: Error: boom"],
      ["always", "hi"],
    ]);
  });

  it("says nothing about a file BuildKit would not build (a parse error)", () => {
    const analysis = analyze("FROM python\nRUN <<EOF\necho\n");
    expect(analysis.diagnostics.filter((d) => TEACHING_CHECK_IDS.includes(d.rule ?? ""))).toEqual([]);
  });
});

describe("analyze with the teaching checks", () => {
  it("returns them after BuildKit's rules, sorted by line among themselves", () => {
    const dockerfile = `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nCMD /app --serve\n`;
    const rules = analyzeWith(dockerfile, GO)
      .diagnostics.filter((d) => d.range.start.line === 8)
      .map((d) => d.rule);
    expect(rules).toEqual(["JSONArgsRecommended", "shell-form-without-shell"]);
    const diagnostics = analyzeWith(MISTAKES[1]![0], GO).diagnostics;
    const ours = diagnostics.filter((d) => TEACHING_CHECK_IDS.includes(d.rule ?? ""));
    expect(diagnostics.slice(-ours.length)).toEqual(ours);
    const lines = ours.map((d) => d.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
