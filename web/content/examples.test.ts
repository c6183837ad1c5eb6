import { describe, expect, it } from "vitest";
import { showdownFigures, analyze, type ShowdownFigures } from "../engine";
import { EXAMPLES, SEED_PAIR, exampleById, type Example } from "./examples";

const figuresOf = (example: Example): ShowdownFigures =>
  showdownFigures(analyze(example.dockerfile, { context: example.context }));

const byId = (id: string): Example => {
  const example = exampleById(id);
  if (!example) throw new Error(`no example ${id}`);
  return example;
};

describe("the built-in examples", () => {
  it("have distinct ids and titles, and context sizes that match their text", () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(EXAMPLES.map((e) => e.title)).size).toBe(EXAMPLES.length);
    for (const example of EXAMPLES) {
      for (const file of example.context) {
        expect(file.sizeBytes, `${example.id} ${file.path}`).toBe(
          new TextEncoder().encode(file.content).length,
        );
      }
    }
  });

  it("all build without an error Docker would report", () => {
    for (const example of EXAMPLES) {
      const figures = figuresOf(example);
      expect(figures.sizeBytes, example.id).not.toBeNull();
      expect(figures.problem ?? "", example.id).not.toMatch(/build stops/);
    }
  });

  it("all start, except the 'multistage' Flask image as often published", () => {
    const runs = Object.fromEntries(EXAMPLES.map((e) => [e.id, figuresOf(e).runs]));
    expect(runs).toEqual({
      "flask-regular": true,
      "flask-multistage-as-published": false,
      "flask-multistage-venv": true,
      "go-regular": true,
      "go-distroless": true,
      "node-regular": true,
      "node-slim": true,
    });
  });
});

describe("the seed pair", () => {
  const [regular, multistage] = SEED_PAIR.map((id) => figuresOf(byId(id))) as [
    ShowdownFigures,
    ShowdownFigures,
  ];

  it("compares a single-stage image with a two-stage one", () => {
    expect(byId(SEED_PAIR[0]).dockerfile.match(/^FROM /gm)).toHaveLength(1);
    expect(byId(SEED_PAIR[1]).dockerfile.match(/^FROM /gm)).toHaveLength(2);
  });

  it("has a 'multistage' image no smaller than its base image plus the app", () => {
    const app = byId(SEED_PAIR[1]).context.find((f) => f.path === "app.py")!;
    expect(multistage.base).toBe("python:3.12-slim");
    expect(multistage.sizeBytes).toBeGreaterThanOrEqual(multistage.baseBytes! + app.sizeBytes);
    expect(regular.sizeBytes! - multistage.sizeBytes!).toBeLessThan(
      regular.baseBytes! - multistage.baseBytes! + 10e6,
    );
  });

  it("has a 'multistage' image that would not start because flask is missing", () => {
    expect(multistage.runs).toBe(false);
    expect(multistage.problem).toContain("ModuleNotFoundError: No module named 'flask'");
  });
});

describe("the fixed Flask image", () => {
  it("ships Flask in the venv it copies and starts", () => {
    const figures = figuresOf(byId("flask-multistage-venv"));
    expect(figures.runs).toBe(true);
    expect(figures.tools.map((t) => t.role)).not.toContain("compiler");
  });
});

describe("the Go image on distroless", () => {
  it("keeps no shell, no package manager and no compiler", () => {
    expect(figuresOf(byId("go-distroless")).tools).toEqual([]);
    expect(figuresOf(byId("go-regular")).tools.map((t) => t.role)).toContain("compiler");
  });
});
