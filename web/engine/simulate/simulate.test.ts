import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "../analyze";
import { sampleDockerfile } from "../sampleDockerfile";
import { cacheKeysOf, compareBuilds } from "./compareBuilds";
import type { ContextFile } from "./types";

const simulationOf = (dockerfile: string, options: AnalyzeOptions = {}) =>
  analyze(dockerfile, options).simulation;
const log = (dockerfile: string, options: AnalyzeOptions = {}) =>
  simulationOf(dockerfile, options).steps.map((s) => `${s.id} ${s.position}/${s.of} ${s.text} ${s.status}`);

const GO = `FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
FROM alpine:3.21 AS assets
RUN mkdir /assets
FROM scratch
COPY --from=build /out/app /app
COPY --from=assets /assets /assets
ENTRYPOINT ["/app"]
`;

describe("steps", () => {
  it("are BuildKit's vertices, FROM <image> first, numbered per stage", () => {
    expect(log(GO)).toMatchInlineSnapshot(`
      [
        "s0.1 1/4 FROM docker.io/library/golang:1.26-bookworm run",
        "s1.1 1/2 FROM docker.io/library/alpine:3.21 run",
        "s1.2 2/2 RUN mkdir /assets run",
        "s0.2 2/4 WORKDIR /src run",
        "s0.3 3/4 COPY . . run",
        "s0.4 4/4 RUN CGO_ENABLED=0 go build -o /out/app . run",
        "s2.1 1/2 COPY --from=build /out/app /app run",
        "s2.2 2/2 COPY --from=assets /assets /assets run",
      ]
    `);
  });
  it("wait for the previous step and for the last step of a stage they copy from", () => {
    const steps = simulationOf(GO).steps;
    expect(steps.find((s) => s.id === "s2.2")?.after).toEqual(["s2.1", "s1.2"]);
  });
  it("leave out the stages the target does not need, as BuildKit does", () => {
    expect(simulationOf(GO, { target: "assets" }).stages.map((s) => s.stage)).toEqual([1]);
  });
  it("run every stage up to the target with the legacy builder, one after another", () => {
    const simulation = simulationOf(GO, { target: "assets", builder: "legacy" });
    expect(simulation.stages.map((s) => s.stage)).toEqual([0, 1]);
    const steps = simulation.steps;
    for (let i = 1; i < steps.length; i++) expect(steps[i]?.startMs).toBe(steps[i - 1]?.endMs);
  });
});

describe("build time", () => {
  it("overlaps independent stages with BuildKit and adds them up with the legacy builder", () => {
    const { times, steps } = simulationOf(GO);
    const total = steps.reduce((sum, s) => sum + s.durationMs, 0);
    expect(times.legacyMs).toBe(total);
    expect(times.buildkitMs).toBeLessThan(times.legacyMs);
    expect(times.criticalPath).toEqual(["s0.1", "s0.2", "s0.3", "s0.4", "s2.1", "s2.2"]);
    expect(times.buildkitMs).toBe(steps.find((s) => s.id === "s2.2")?.endMs);
  });
  it("counts an image two stages start from once in the legacy builder's time", () => {
    const simulation = simulationOf("FROM alpine:3.21 AS a\nFROM alpine:3.21 AS b\n", {
      builder: "legacy",
      target: "b",
    });
    expect(simulation.steps.map((s) => s.status)).toEqual(["run", "cached"]);
    expect(simulation.times.legacyMs).toBe(simulation.steps[0]?.durationMs);
  });
  it("prices a pull by the image's compressed size", () => {
    const from = simulationOf("FROM python:3.12-slim-bookworm\n").steps[0];
    expect(from?.durationNote).toBe("pull of 45.4 MB compressed at 20 MB/s, unpacking 124.3 MB: 3.4s");
  });
});

const PYTHON_CONTEXT: ContextFile[] = [
  { path: "requirements.txt", sizeBytes: 6, content: "flask\n" },
  { path: "app.py", sizeBytes: 40, content: "import flask\napp = flask.Flask(__name__)\n" },
];
const edited: ContextFile[] = [
  PYTHON_CONTEXT[0] as ContextFile,
  { path: "app.py", sizeBytes: 41, content: "import flask\napp = flask.Flask(__name__)\n#\n" },
];

function rebuild(dockerfile: string) {
  const first = simulationOf(dockerfile, { context: PYTHON_CONTEXT });
  const second = simulationOf(dockerfile, { context: edited, previousCacheKeys: cacheKeysOf(first) });
  return { second, comparison: compareBuilds(first, second) };
}

describe("the cache after editing app.py", () => {
  it("reuses the pip install when requirements.txt is copied and installed before the code", () => {
    const { second } = rebuild(
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n",
    );
    expect(second.steps.map((s) => `${s.text}: ${s.status}`)).toEqual([
      "FROM docker.io/library/python:3.12-slim: cached",
      "WORKDIR /app: cached",
      "COPY requirements.txt .: cached",
      "RUN pip install -r requirements.txt: cached",
      "COPY . .: run",
    ]);
  });
  it("re-runs the pip install when COPY . . comes first, and says why", () => {
    const { second, comparison } = rebuild(
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n",
    );
    expect(second.steps.map((s) => s.status)).toEqual(["cached", "cached", "run", "run"]);
    expect(comparison.rerun.map((r) => r.because)).toEqual([
      "line 3 or the files it copies changed",
      "it comes after line 3 (COPY . .), which re-runs",
    ]);
    expect(second.steps.find((s) => s.status === "cached" && s.keyword === "FROM")?.durationMs).toBe(0);
  });
  it("re-runs an edited Dockerfile line and what follows it, and reuses what comes before", () => {
    const before =
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n";
    const first = simulationOf(before, { context: PYTHON_CONTEXT });
    const after = before.replace("pip install", "pip install --no-cache-dir");
    const second = simulationOf(after, { context: PYTHON_CONTEXT, previousCacheKeys: cacheKeysOf(first) });
    expect(second.steps.map((s) => s.status)).toEqual(["cached", "cached", "cached", "run", "run"]);
  });
  it("reuses a COPY --link even when an earlier step changed", () => {
    const { second } = rebuild("FROM python:3.12-slim\nCOPY . /src\nCOPY --link requirements.txt /req/\n");
    expect(second.steps.map((s) => s.status)).toEqual(["cached", "run", "cached"]);
  });
});

describe("layers", () => {
  it("keep the bytes of a file a later layer deletes (a whiteout saves nothing)", () => {
    const context: ContextFile[] = [{ path: "big.bin", sizeBytes: 50_000_000 }];
    const simulation = simulationOf("FROM alpine:3.21\nCOPY big.bin /tmp/\nRUN rm /tmp/big.bin\n", {
      context,
    });
    const stage = simulation.stages[0];
    expect(stage?.files.some((f) => f.path === "/tmp/big.bin")).toBe(false);
    expect(stage?.layers.at(-1)?.deleted).toEqual(["/tmp/big.bin"]);
    expect(stage?.sizeBytes).toBe(7_800_000 + 50_000_000);
  });
  it("of FROM <stage> are the parent's, so the child is at least as big", () => {
    const simulation = simulationOf("FROM alpine:3.21 AS base\nRUN mkdir /x\nFROM base\nRUN mkdir /y\n");
    const [base, child] = simulation.stages;
    expect(child?.layers.slice(0, base?.layers.length).map((l) => l.id)).toEqual(
      base?.layers.map((l) => l.id),
    );
    expect(child?.files.some((f) => f.path === "/x")).toBe(true);
  });
});

describe("ONBUILD", () => {
  it("runs the base stage's triggers first in a stage built FROM it, and not in the base itself", () => {
    const simulation = simulationOf(
      "FROM alpine:3.21 AS base\nONBUILD RUN mkdir /triggered\nFROM base\nRUN mkdir /own\n",
    );
    expect(simulation.steps.map((s) => `${s.id} ${s.text}`)).toEqual([
      "s0.1 FROM docker.io/library/alpine:3.21",
      "s1.1 RUN mkdir /triggered",
      "s1.2 RUN mkdir /own",
    ]);
    expect(simulation.stages[0]?.files.some((f) => f.path === "/triggered")).toBe(false);
  });
});

describe("the image", () => {
  it("sums its layers and names the base written in FROM", () => {
    const image = simulationOf("FROM alpine:3.21\nWORKDIR /app\n").image;
    expect(image).toMatchObject({ base: "alpine:3.21", sizeBytes: 7_800_000, target: 0 });
    expect(image?.layers.map((l) => [l.instruction, l.sizeBytes])).toEqual([
      ["alpine:3.21", 7_800_000],
      ["WORKDIR /app", 0],
    ]);
  });
  it("carries the start verdict", () => {
    const image = simulationOf('FROM scratch\nCMD ["/app"]\n').image;
    expect(image?.verdict.runs).toBe(false);
  });
});

describe("bad input", () => {
  it("estimates an unknown image with an info diagnostic, never zero", () => {
    const simulation = simulationOf("FROM registry.example.com/team/tool:7\n");
    expect(simulation.image?.sizeBytes).toBeGreaterThan(0);
    expect(simulation.image?.estimatedBytes).toBe(simulation.image?.sizeBytes);
    expect(simulation.diagnostics.map((d) => [d.severity, d.rule, d.range.start.line])).toEqual([
      ["info", "UnknownBaseImage", 1],
    ]);
  });
  it("says the figures are amd64's when another platform is built", () => {
    const simulation = simulationOf("FROM alpine:3.21\n", { platform: "linux/arm64" });
    expect(simulation.diagnostics.map((d) => d.rule)).toEqual(["PlatformEstimate"]);
    expect(simulation.image?.sizeBytes).toBe(7_800_000);
  });
  it("simulates stages in a cycle, the copy of the later stage unknown, so every stage has a partial result", () => {
    const cyclic = analyze(
      "FROM alpine:3.21 AS indep\nRUN mkdir /z\nFROM alpine:3.21 AS a\nCOPY --from=b /x /x\nFROM a AS b\nRUN mkdir /y\nFROM nginx:alpine\nCOPY --from=indep /z /z\nCOPY --from=b /y /y\n",
    );
    expect(cyclic.diagnostics.map((d) => d.message)).toContain(
      'cannot copy from stage "b", it needs to be defined before current stage "a"',
    );
    expect(cyclic.simulation.stages.map((s) => [s.stage, s.sizeBytes > 0])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, true],
    ]);
    const forward = cyclic.simulation.stages[1]?.layers.at(-1);
    expect(forward?.knowledge).toBe("unknown");
    expect(forward?.notes.join(" ")).toContain("Nothing was copied from b");
    expect(cyclic.simulation.image?.target).toBe(3);
  });
  it("simulates a 1 000-stage file completely", () => {
    const simulation = simulationOf(sampleDockerfile(1000));
    expect(simulation.stages.length).toBeGreaterThan(0);
    expect(simulation.image?.target).toBe(999);
    expect(simulation.times.criticalPath.length).toBeGreaterThan(0);
    // Correctness only: bench:engine measures the time (about 0.2-0.3 s for the simulator), and a
    // loaded CI machine must not turn the whole analyze of 15 000 lines into a false failure.
  }, 60_000);
  it("gives a partial result when the file has errors", () => {
    const analysis = analyze("FROM alpine:3.21\nCOPY --from=9 /a /b\nRUN mkdir /c\n");
    expect(analysis.diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(analysis.simulation.image?.layers.map((l) => l.instruction)).toContain("RUN mkdir /c");
  });
});
