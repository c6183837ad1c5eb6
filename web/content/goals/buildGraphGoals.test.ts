import { describe, expect, it } from "vitest";
import { analyze, cacheKeysOf, type AnalyzeOptions, type ContextFile } from "../../engine";
import { describeGoal } from "./describeGoal";
import { evaluateGoals } from "./evaluateGoals";
import type { GoalCheck } from "./types";

const file = (path: string, content: string): ContextFile => ({ path, content, sizeBytes: content.length });

const CONTEXT = [
  file("go.mod", "module example.com/hello\n\ngo 1.26\n"),
  file("main.go", 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n'),
];

// Two Go programs built in one stage, one after the other.
const ONE_STAGE = `FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/api .
RUN CGO_ENABLED=0 go build -o /out/worker .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out /
CMD ["/api"]
`;

// The same two builds in stages that need nothing from each other.
const SIDE_BY_SIDE = `FROM golang:1.26 AS api
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/api .

FROM golang:1.26 AS worker
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/worker .

FROM gcr.io/distroless/static-debian12
COPY --from=api /out/api /api
COPY --from=worker /out/worker /worker
CMD ["/api"]
`;

// worker copies api's binary first, so it waits for api.
const CHAINED = SIDE_BY_SIDE.replace(
  "WORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 go build -o /out/worker .",
  "COPY --from=api /out/api /out/api\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 go build -o /out/worker .",
);

function goal(check: GoalCheck, source: string, options: AnalyzeOptions = { context: CONTEXT }) {
  const [result] = evaluateGoals([{ id: "g", sentence: "A goal", check }], {
    analysis: analyze(source, options),
    source,
    options,
    starter: () => analyze(ONE_STAGE, { context: CONTEXT }),
  });
  return result!;
}

const PARALLEL: GoalCheck = { kind: "stages-in-parallel", stages: ["api", "worker"] };

describe("stages that run side by side", () => {
  it("passes stages that need nothing from each other", () => {
    expect(goal(PARALLEL, SIDE_BY_SIDE).passed).toBe(true);
    expect(goal({ ...PARALLEL, stages: ["API", "Worker"] }, SIDE_BY_SIDE).passed).toBe(true);
  });

  it("names the line that makes one stage wait for the other", () => {
    expect(goal(PARALLEL, CHAINED)).toMatchObject({
      passed: false,
      found: "worker waits for api: line 7 `COPY --from=api /out/api /out/api` needs api finished first",
      line: 7,
    });
  });

  it("follows a wait through a stage in between, hop by hop", () => {
    const through = `FROM alpine:3.21 AS api
RUN mkdir -p /out && echo api > /out/api

FROM api AS tools
RUN echo tools

FROM alpine:3.21 AS worker
COPY --from=tools /out/api /api

FROM alpine:3.21
COPY --from=worker /api /api
`;
    expect(goal(PARALLEL, through, {})).toMatchObject({
      passed: false,
      found:
        "worker waits for api: line 8 `COPY --from=tools /out/api /api` needs tools finished first, and line 4 `FROM api AS tools` needs api finished first",
      line: 8,
    });
  });

  it("says which stage is missing or never built", () => {
    expect(goal(PARALLEL, ONE_STAGE)).toMatchObject({
      passed: false,
      found: "there is no stage named api: the stages are build, stage-1",
    });
    const unused = SIDE_BY_SIDE.replace("COPY --from=worker /out/worker /worker\n", "");
    expect(goal(PARALLEL, unused)).toMatchObject({
      passed: false,
      found: "the build never runs worker: the target stage-2 needs nothing from it",
      line: 6,
    });
  });

  it("reads BuildKit's schedule even when the legacy builder is picked", () => {
    const options: AnalyzeOptions = { context: CONTEXT, builder: "legacy" };
    expect(goal(PARALLEL, SIDE_BY_SIDE, options).passed).toBe(true);
    expect(goal(PARALLEL, CHAINED, options).passed).toBe(false);
  });

  it("fails when an error stops the build", () => {
    const broken = SIDE_BY_SIDE.replace(
      "COPY go.mod main.go ./\nRUN CGO_ENABLED=0 go build -o /out/worker",
      "COPY missing.go ./\nRUN CGO_ENABLED=0 go build -o /out/worker",
    );
    expect(goal(PARALLEL, broken).found).toMatch(/^the build stops before it finishes: /);
  });
});

describe("the simulated build time", () => {
  const STARTER: GoalCheck = { kind: "build-time", fasterThanStarterBy: 0.2 };
  const LEGACY: GoalCheck = { kind: "build-time", fasterThanLegacyBy: 0.2 };

  it("compares BuildKit's time with the starter's", () => {
    const split = analyze(SIDE_BY_SIDE, { context: CONTEXT }).simulation.times.buildkitMs;
    const single = analyze(ONE_STAGE, { context: CONTEXT }).simulation.times.buildkitMs;
    expect(split).toBeLessThan(single * 0.8);
    expect(goal(STARTER, SIDE_BY_SIDE).passed).toBe(true);
    const same = goal(STARTER, ONE_STAGE);
    expect(same.passed).toBe(false);
    expect(same.found).toMatch(
      /^the build takes [\d.]+s with BuildKit \(simulated\), about the same as the starter's [\d.]+s; the critical path runs through build, then stage-1, and its longest step is line 1 `FROM golang:1\.26 AS build` \([\d.]+s\)$/,
    );
    expect(same.line).toBe(1);
  });

  it("names the stages of the critical path when one waits for the other", () => {
    const chained = goal({ ...STARTER, fasterThanStarterBy: 0.9 }, CHAINED);
    expect(chained.passed).toBe(false);
    expect(chained.found).toMatch(
      /^the build takes .* the critical path runs through api, then worker, then stage-2, /,
    );
  });

  it("compares BuildKit's time with the legacy builder's one step after another", () => {
    expect(goal(LEGACY, SIDE_BY_SIDE).passed).toBe(true);
    const serial = goal(LEGACY, ONE_STAGE);
    expect(serial.passed).toBe(false);
    expect(serial.found).toMatch(
      /^BuildKit takes [\d.]+s \(simulated\), only \d+% less than the legacy builder's [\d.]+s, which runs one step after another; /,
    );
  });

  it("times a build from an empty cache, not one whose steps were cached", () => {
    const first = analyze(ONE_STAGE, { context: CONTEXT });
    const warm: AnalyzeOptions = { context: CONTEXT, previousCacheKeys: cacheKeysOf(first.simulation) };
    expect(analyze(ONE_STAGE, warm).simulation.times.buildkitMs).toBeLessThan(1000);
    expect(goal(STARTER, ONE_STAGE, warm).passed).toBe(false);
  });

  it("says what it asks for", () => {
    expect(describeGoal(PARALLEL)).toBe(
      "api and worker run side by side with BuildKit, none waiting for another",
    );
    expect(describeGoal({ kind: "build-time", fasterThanStarterBy: 0.3, fasterThanLegacyBy: 0.25 })).toBe(
      "BuildKit's simulated build time is at least 30% shorter than the starter's and at least 25% shorter than the legacy builder's",
    );
  });
});
