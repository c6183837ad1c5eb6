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
  /** Tools by name it says the image leaves out. */
  leavesOut?: string[];
  /** How many files it says the image holds. */
  files?: number;
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
  "go-scratch": {
    says: ["on scratch", "an empty base", "holds one file and nothing else"],
    stages: 2,
    base: "scratch",
    runs: true,
    lacks: ["shell", "compiler", "package-manager"],
    files: 1,
    smallerThan: "go-distroless",
  },
  "node-nginx": {
    says: ["Node build, served by nginx", "on node:22", "into nginx:1.30-alpine", "no Node.js"],
    stages: 2,
    base: "nginx:1.30-alpine",
    runs: true,
    leavesOut: ["node", "npm", "yarn"],
    lacks: ["compiler"],
    smallerThan: "node-slim",
  },
  "java-jre": {
    says: ["JDK build, JRE runtime", "eclipse-temurin:21-jre runs it", "without Maven, javac"],
    stages: 2,
    base: "eclipse-temurin:21-jre",
    runs: true,
    lacks: ["compiler"],
    leavesOut: ["mvn", "javac"],
  },
  "rust-musl-scratch": {
    says: ["static musl binary on scratch", "on rust:1.98-alpine", "starts alone on scratch"],
    stages: 2,
    base: "scratch",
    runs: true,
    lacks: ["shell", "compiler", "package-manager"],
    files: 1,
  },
  "static-site": {
    says: ["copied into nginx", "into nginx:1.30-alpine", "no build stage"],
    stages: 1,
    base: "nginx:1.30-alpine",
    runs: true,
    lacks: ["compiler"],
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
      for (const tool of claim.leavesOut ?? []) expect(tools).not.toContain(tool);
      if (claim.files !== undefined) expect(figures.fileCount).toBe(claim.files);
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

  it("that start have no errors and no warnings: nothing a learner opening one would be misled by", () => {
    for (const example of EXAMPLES) {
      const analysis = analyze(example.dockerfile, { context: example.context });
      if (!analysis.simulation.image?.verdict.runs) continue;
      const serious = analysis.diagnostics.filter((d) => d.severity === "error");
      expect(
        serious.map((d) => d.message),
        example.id,
      ).toEqual([]);
      if (example.dockerfile.match(/^FROM /gm)!.length > 1) {
        const warnings = analysis.diagnostics.filter((d) => d.severity === "warning");
        expect(
          warnings.map((d) => d.message),
          example.id,
        ).toEqual([]);
      }
    }
  });

  it("copy only files their context holds", () => {
    for (const example of EXAMPLES) {
      const analysis = analyze(example.dockerfile, { context: example.context });
      const notFound = analysis.diagnostics.filter((d) => /not found/.test(d.message));
      expect(
        notFound.map((d) => d.message),
        example.id,
      ).toEqual([]);
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

/** The files of an example's stage, by its position (0 is the first FROM). */
function stageFiles(id: string, stage: number): string[] {
  const example = byId(id);
  const analysis = analyze(example.dockerfile, { context: example.context });
  return analysis.simulation.stages.find((s) => s.stage === stage)?.files.map((f) => f.path) ?? [];
}

describe("the Go image on scratch", () => {
  it("holds only the binary, smaller than the one on distroless because it is stripped", () => {
    const analysis = analyze(byId("go-scratch").dockerfile, { context: byId("go-scratch").context });
    const image = analysis.simulation.stages.at(-1)!;
    expect(image.files.filter((f) => f.type !== "dir").map((f) => f.path)).toEqual(["/hello"]);
    const distroless = analyze(byId("go-distroless").dockerfile, { context: byId("go-distroless").context });
    const other = distroless.simulation.stages.at(-1)!.files.find((f) => f.path === "/hello")!;
    expect(image.files.find((f) => f.path === "/hello")!.sizeBytes).toBeLessThan(other.sizeBytes);
    expect(byId("go-scratch").dockerfile).toContain('-ldflags="-s -w"');
  });
});

describe("the Node build served by nginx", () => {
  it("builds dist with Vite in a stage that has node_modules, and copies only dist into nginx", () => {
    const example = byId("node-nginx");
    const { stages } = analyze(example.dockerfile, { context: example.context }).simulation;
    const dist = stages[0]!.files.find((f) => f.path === "/app/dist");
    expect(stages[0]!.files.map((f) => f.path)).toContain("/app/node_modules");
    expect(dist?.sizeBytes).toBeGreaterThan(0);
    const copy = stages[1]!.layers.at(-1)!;
    expect(copy.instruction).toContain("/app/dist /usr/share/nginx/html");
    expect(copy.sizeBytes).toBe(dist!.sizeBytes);
    expect(stages[1]!.files.some((f) => f.path.includes("node_modules"))).toBe(false);
  });
});

describe("the Java image", () => {
  it("builds its jar where Maven's repository lives, and the JRE image has neither the repository nor Maven", () => {
    expect(stageFiles("java-jre", 0).some((p) => p.startsWith("/root/.m2"))).toBe(true);
    const image = stageFiles("java-jre", 1);
    expect(image).toContain("/app/hello.jar");
    expect(image.some((p) => p.startsWith("/root/.m2") || p.startsWith("/usr/share/maven"))).toBe(false);
  });
});

describe("the Rust image on scratch", () => {
  it("starts because the musl binary is static", () => {
    const example = byId("rust-musl-scratch");
    const verdict = analyze(example.dockerfile, { context: example.context }).simulation.image!.verdict;
    const libc = verdict.reasons.find((r) => r.check === "libc");
    expect(libc?.ok).toBe(true);
    expect(libc?.message).toContain("statically linked");
    expect(stageFiles("rust-musl-scratch", 1)).toEqual(["/hello"]);
  });
});

describe("the static site", () => {
  it("copies its three files from the context and nothing else", () => {
    const example = byId("static-site");
    expect(example.context).toHaveLength(3);
    const served = stageFiles("static-site", 0).filter((p) => p.startsWith("/usr/share/nginx/html/"));
    for (const file of example.context) {
      expect(served).toContain(`/usr/share/nginx/html/${file.path.replace(/^site\//, "")}`);
    }
  });
});
