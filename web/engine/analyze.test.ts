import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { toAnalysisJson } from "./toAnalysisJson";

const findings = (source: string) =>
  analyze(source).diagnostics.map((d) => `${d.range.start.line} ${d.message}`);

describe("analyze on bad input", () => {
  it("says an empty file cannot be built", () => {
    expect(findings("")).toEqual(["1 the Dockerfile cannot be empty"]);
  });
  it("says a file of only comments has no instructions", () => {
    expect(findings("# just a comment\n\n# another\n")).toEqual(["1 file with no instructions"]);
  });
  it("says a file of only ARGs has no stages", () => {
    const analysis = analyze("ARG A=1\nARG B\n");
    expect(findings("ARG A=1\nARG B\n")).toEqual(["1 dockerfile contains no stages to build"]);
    expect(analysis.metaArgs.map((a) => [a.name, a.value])).toEqual([
      ["A", "1"],
      ["B", null],
    ]);
  });
  it("reports an unknown instruction at its line and keeps the stages", () => {
    const analysis = analyze("FROM alpine\nFROBNICATE x\nFROM alpine AS b\n");
    expect(analysis.diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([
      [2, "unknown instruction: FROBNICATE"],
    ]);
    expect(analysis.stages).toHaveLength(2);
  });
  it("reports an unterminated heredoc and keeps the stage", () => {
    const analysis = analyze("FROM alpine\nRUN <<EOF\necho hi\n");
    expect(findings("FROM alpine\nRUN <<EOF\necho hi\n")).toEqual(["2 unterminated heredoc"]);
    expect(analysis.stages.map((s) => s.base)).toEqual(["alpine"]);
  });
  it("survives a 1 MB single line", () => {
    const analysis = analyze("FROM alpine\nRUN echo " + "x".repeat(1_000_000) + "\n");
    expect(analysis.diagnostics.some((d) => d.range.start.line === 2)).toBe(true);
    expect(analysis.stages).toHaveLength(1);
  });
  it("survives binary junk", () => {
    const junk = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    const analysis = analyze(junk);
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    expect(analysis.diagnostics.every((d) => d.rule !== "internal")).toBe(true);
  });
  it("reports instructions before FROM", () => {
    const analysis = analyze("RUN echo hi\nFROM alpine\n");
    expect(findings("RUN echo hi\nFROM alpine\n")).toEqual(["1 no build stage in current context"]);
    expect(analysis.stages).toHaveLength(1);
  });
  it("sorts parse and graph diagnostics by line", () => {
    const lines = analyze("FROM alpine AS 9x\nBOGUS\nCOPY --from=9 /a /b\n").diagnostics.map(
      (d) => d.range.start.line,
    );
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

/** A COPY that fails, BuildKit's rules and teaching checks, on shared lines. */
const THREE_KINDS =
  "FROM python as Build\nUSER 1000\nCOPY missing.txt /app/\nWORKDIR app\nCMD python /app/app.py\n";

describe("analyze's diagnostics", () => {
  it("lists what BuildKit stops on, then BuildKit's rules, then Stageplay's checks, each group by line", () => {
    const found = analyze(THREE_KINDS, { context: [] }).diagnostics.map((d) => [d.range.start.line, d.rule]);
    expect(found).toEqual([
      [3, null],
      [1, "StageNameCasing"],
      [1, "FromAsCasing"],
      [4, "WorkdirRelativePath"],
      [5, "JSONArgsRecommended"],
      [1, "final-image-ships-compiler"],
      [1, "base-image-latest"],
    ]);
  });
});

describe("toAnalysisJson", () => {
  it("gives the CLI's plain JSON with 1-based lines", () => {
    const json = toAnalysisJson(
      analyze(
        "FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\nCOPY --from=busybox /bin/sh /sh\n",
      ),
    );
    expect({
      target: json.target,
      built: json.built,
      stages: json.stages,
      edges: json.edges,
    }).toMatchInlineSnapshot(`
      {
        "built": [
          0,
          1,
        ],
        "edges": [
          {
            "destination": "/app",
            "from": 0,
            "kind": "copy",
            "line": 3,
            "onbuild": false,
            "paths": [
              "/app",
            ],
            "to": 1,
          },
          {
            "destination": "/sh",
            "from": "busybox",
            "kind": "copy",
            "line": 4,
            "onbuild": false,
            "paths": [
              "/bin/sh",
            ],
            "to": 1,
          },
        ],
        "stages": [
          {
            "base": "golang:1.22",
            "baseStage": null,
            "built": true,
            "displayName": "build",
            "image": "docker.io/library/golang:1.22",
            "index": 0,
            "level": 0,
            "line": 1,
            "name": "build",
            "platform": null,
            "sizeBytes": 820000000,
          },
          {
            "base": "scratch",
            "baseStage": null,
            "built": true,
            "displayName": "stage-1",
            "image": null,
            "index": 1,
            "level": 1,
            "line": 2,
            "name": null,
            "platform": null,
            "sizeBytes": 0,
          },
        ],
        "target": 1,
      }
    `);
  });
});
