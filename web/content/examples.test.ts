import { describe, expect, it } from "vitest";
import { showdownFigures, analyze, type ShowdownFigures, type ToolView } from "../engine";
import { EXAMPLES, SEED_PAIR, exampleById, type Example } from "./examples";

const figuresOf = (example: Example): ShowdownFigures =>
  showdownFigures(analyze(example.dockerfile, { context: example.context }));

const byId = (id: string): Example => {
  const example = exampleById(id);
  if (!example) throw new Error(`no example ${id}`);
  return example;
};

/** What each example's title and summary say, and the figures that bear it out. */
interface Claim {
  /** Words of the title or summary the figures below check. */
  says: string[];
  stages: number;
  base: string;
  runs: boolean;
  /** Tools the summary says ship, and roles it says do not. */
  ships?: string[];
  lacks?: ToolView["role"][];
  /** The example it says it is smaller than. */
  smallerThan?: string;
}

const CLAIMS: Record<string, Claim> = {
  "flask-regular": {
    says: ["One stage on python:3.12", "everything the build used ships"],
    stages: 1,
    base: "python:3.12",
    runs: true,
    ships: ["pip", "gcc"],
  },
  "flask-multistage-as-published": {
    says: ["'multistage'", "smaller because of its base", "it would not start"],
    stages: 2,
    base: "python:3.12-slim",
    runs: false,
    smallerThan: "flask-regular",
  },
  "flask-multistage-venv": {
    says: ["multistage", "copies that venv: it starts"],
    stages: 2,
    base: "python:3.12-slim",
    runs: true,
    lacks: ["compiler"],
    smallerThan: "flask-regular",
  },
  "go-regular": {
    says: ["Built and run on golang:1.26", "the compiler"],
    stages: 1,
    base: "golang:1.26",
    runs: true,
    ships: ["go"],
  },
  "go-distroless": {
    says: ["copied alone onto distroless", "no shell, no compiler"],
    stages: 2,
    base: "gcr.io/distroless/static-debian12:nonroot",
    runs: true,
    lacks: ["shell", "compiler", "package-manager"],
    smallerThan: "go-regular",
  },
  "node-regular": {
    says: ["One stage on node:22", "npm's cache and the compilers"],
    stages: 1,
    base: "node:22",
    runs: true,
    ships: ["npm", "gcc"],
  },
  "node-slim": {
    says: ["one stage, copied with the app onto node:22-slim"],
    stages: 2,
    base: "node:22-slim",
    runs: true,
    lacks: ["compiler"],
    smallerThan: "node-regular",
  },
};

describe("the built-in examples", () => {
  it("have distinct ids and titles", () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(EXAMPLES.map((e) => e.title)).size).toBe(EXAMPLES.length);
  });

  it("each have their claims checked here", () => {
    expect(Object.keys(CLAIMS).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
  });

  for (const example of EXAMPLES) {
    const claim = CLAIMS[example.id];
    if (!claim) continue;
    it(`${example.id} is what its title and summary say`, () => {
      const text = `${example.title}: ${example.summary}`;
      for (const words of claim.says) expect(text).toContain(words);
      const figures = figuresOf(example);
      expect(example.dockerfile.match(/^FROM /gm)).toHaveLength(claim.stages);
      expect(figures.base).toBe(claim.base);
      expect(figures.runs).toBe(claim.runs);
      const tools = figures.tools.map((t) => t.name);
      for (const tool of claim.ships ?? []) expect(tools).toContain(tool);
      const roles = figures.tools.map((t) => t.role);
      for (const role of claim.lacks ?? []) expect(roles).not.toContain(role);
      if (claim.smallerThan) {
        expect(figures.sizeBytes!).toBeLessThan(figuresOf(byId(claim.smallerThan)).sizeBytes!);
      }
    });
  }

  it("the regular Go image ships the build's caches beside a small binary", () => {
    const analysis = analyze(byId("go-regular").dockerfile, { context: byId("go-regular").context });
    const figures = showdownFigures(analysis);
    const binary = analysis.simulation.stages.at(-1)?.files.find((f) => f.path === "/usr/local/bin/hello");
    expect(binary?.sizeBytes).toBeLessThan(20e6);
    expect(figures.sizeBytes! - figures.baseBytes!).toBeGreaterThan(2 * binary!.sizeBytes);
  });

  it("all build without an error Docker would report", () => {
    for (const example of EXAMPLES) {
      const figures = figuresOf(example);
      expect(figures.sizeBytes, example.id).not.toBeNull();
      expect(figures.problem ?? "", example.id).not.toMatch(/build stops/);
    }
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
