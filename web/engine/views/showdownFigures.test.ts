import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { ContextFile } from "../simulate/types";
import { showdownFigures } from "./showdownFigures";

const CONTEXT: ContextFile[] = [
  { path: "app.py", content: "from flask import Flask\napp = Flask(__name__)\n", sizeBytes: 46 },
  { path: "requirements.txt", content: "Flask==3.1.0\n", sizeBytes: 13 },
];

const figuresOf = (source: string, context = CONTEXT) => showdownFigures(analyze(source, { context }));

describe("showdownFigures", () => {
  it("gives a regular image's size, its base, its layers and the tools it keeps", () => {
    const figures = figuresOf(
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n',
    );
    expect(figures.base).toBe("python:3.12");
    expect(figures.sizeBytes).toBeGreaterThan(figures.baseBytes!);
    expect(figures.layers).toBe(4);
    expect(figures.fileCount).toBeGreaterThan(0);
    expect(figures.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["sh", "pip", "gcc"]));
    expect(figures.buildMs).toBeGreaterThan(0);
    expect(figures.runs).toBe(true);
    expect(figures.problem).toBeNull();
  });

  it("says what a container that would not start prints", () => {
    const figures = figuresOf(
      'FROM python:3.12 AS builder\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=builder /app /app\nCMD ["python", "/app/app.py"]\n',
    );
    expect(figures.runs).toBe(false);
    expect(figures.problem).toContain("ModuleNotFoundError: No module named 'flask'");
  });

  it("gives a build that stops no image figures, only where it stops", () => {
    const figures = figuresOf('FROM alpine\nCOPY missing.txt /x\nCMD ["/x"]\n');
    expect(figures).toMatchObject({ sizeBytes: null, layers: 0, fileCount: 0, tools: [], runs: false });
    expect(figures.base).toBe("alpine");
    expect(figures.problem).toMatch(/^The build stops at line 2/);
  });

  it("gives a file that does not parse no image and the parser's error", () => {
    const figures = figuresOf("FORM alpine\n");
    expect(figures).toMatchObject({ sizeBytes: null, baseBytes: null, base: null, runs: false });
    expect(figures.problem).toContain("unknown instruction: FORM");
    expect(figures.errors).toBe(1);
  });

  it("cannot tell whether an image it cannot see into starts, and says what it misses", () => {
    const figures = figuresOf('FROM mycorp/base:1.0\nCOPY . /app\nCMD ["/app/run"]\n');
    expect(figures.runs).toBeNull();
    expect(figures.problem).toContain("/app/run");
    expect(figures.estimatedBytes).toBeGreaterThan(0);
  });

  it("times the legacy builder when it is the one chosen", () => {
    const source =
      'FROM golang:1.26 AS build\nRUN go version\nFROM alpine AS other\nRUN sleep 1\nFROM alpine\nCOPY --from=build /usr/local/go/VERSION /v\nCMD ["cat", "/v"]\n';
    const buildkit = showdownFigures(analyze(source, { context: CONTEXT }));
    const legacy = showdownFigures(analyze(source, { context: CONTEXT, builder: "legacy" }));
    expect(legacy.buildMs).toBeGreaterThan(buildkit.buildMs);
  });
});
