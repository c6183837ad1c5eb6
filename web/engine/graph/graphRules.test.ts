import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";

const errors = (source: string, options = {}) =>
  analyze(source, options)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`);

describe("circular dependencies", () => {
  it("include a stage copying from itself", () => {
    expect(errors("FROM alpine AS self\nCOPY --from=self /a /b\n")).toEqual([
      "2:6 circular dependency detected on stage: self",
    ]);
  });
  it("are found in stages the target never builds", () => {
    const source =
      "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\nFROM alpine AS final\n";
    expect(errors(source)).toEqual(["2:6 circular dependency detected on stage: a"]);
  });
  it("are reported once, like BuildKit, naming where the search started", () => {
    const source =
      "FROM alpine\nCOPY --from=1 /x /x\nFROM alpine\nCOPY --from=2 /x /x\nFROM alpine\nCOPY --from=1 /x /x\n";
    expect(errors(source)).toEqual(["2:6 circular dependency detected on stage: stage-0"]);
  });
});

describe("forward references", () => {
  const source =
    "FROM alpine AS early\nCOPY --from=Later /x /x\nFROM alpine AS later\nFROM alpine AS final\n";
  it("are an error when the referring stage is built", () => {
    expect(errors(source, { target: "early" })).toEqual([
      '2:6 cannot copy from stage "Later", it needs to be defined before current stage "early"',
    ]);
  });
  it("are pulled as images by the legacy builder, which knows only earlier stages", () => {
    expect(errors(source, { target: "early", builder: "legacy" })).toEqual([
      '2:6 invalid from flag value Later: no stage named "Later" is defined before this one, so the legacy builder looks for an image named "Later" and fails to pull it',
    ]);
    expect(errors("FROM alpine\nCOPY --from=1 /x /x\nFROM alpine\n", { builder: "legacy" })).toEqual([
      "2:6 invalid from flag value 1: index out of bounds",
    ]);
  });
  it("are harmless when the referring stage is not built", () => {
    expect(errors(source)).toEqual([]);
  });
  it("name the mount target for mounts", () => {
    expect(
      errors("FROM alpine\nRUN --mount=from=later,target=/t x\nFROM alpine AS later\n", {
        target: "stage-0",
      }),
    ).toEqual(['target stage "stage-0" could not be found'].map((m) => `1:1 ${m}`));
    expect(
      errors("FROM alpine AS a\nRUN --mount=from=later,target=/t x\nFROM alpine AS later\n", { target: "a" }),
    ).toEqual([
      '2:5 cannot mount from stage "later" to "/t", stage needs to be defined before current command',
    ]);
  });
});

describe("the legacy builder", () => {
  const requires = (flag: string) =>
    `the --${flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`;
  const source = [
    "FROM golang:1.22 AS build",
    "RUN --mount=type=cache,target=/root/.cache/go-build true",
    "COPY --chmod=755 run.sh /run.sh",
    "FROM alpine AS unused",
    "RUN --network=none true",
    "FROM scratch",
    "COPY --from=build --chmod=0755 /app /app",
    "ADD --chmod=644 --chown=1:1 a.txt /a.txt",
  ].join("\n");

  it("refuses RUN flags and --chmod in every stage it builds, at the flag", () => {
    expect(errors(source, { builder: "legacy" })).toEqual([
      `2:5 ${requires("mount")}`,
      `3:6 ${requires("chmod")}`,
      `5:5 ${requires("network")}`,
      `7:19 ${requires("chmod")}`,
      `8:5 ${requires("chmod")}`,
    ]);
  });

  it("leaves them to BuildKit, which takes them", () => {
    expect(errors(source)).toEqual([]);
  });

  it("refuses them in ONBUILD triggers too, when a child's FROM runs them", () => {
    const onbuild = [
      "FROM alpine AS base",
      "ONBUILD RUN --mount=type=cache,target=/x true",
      "ONBUILD COPY --chmod=755 a.sh /a.sh",
      "FROM base AS one",
      "FROM base AS two",
    ].join("\n");
    expect(errors(onbuild, { builder: "legacy" })).toEqual([
      `2:13 ${requires("mount")}`,
      `3:14 ${requires("chmod")}`,
    ]);
    // No child built: the triggers never run.
    expect(errors(onbuild, { builder: "legacy", target: "base" })).toEqual([]);
  });

  it("checks only the stages up to the target, and not flags the parser already refused", () => {
    expect(errors(source, { builder: "legacy", target: "build" })).toEqual([
      `2:5 ${requires("mount")}`,
      `3:6 ${requires("chmod")}`,
    ]);
    // An unknown flag fails the parse first, in either builder: that is the only error.
    expect(errors("FROM alpine\nRUN --nope true\n", { builder: "legacy" })).toEqual([
      "2:5 unknown flag: --nope",
    ]);
  });
});

describe("target", () => {
  const source =
    "FROM alpine AS deps\nFROM alpine AS Build\nCOPY --from=deps /d /d\nFROM alpine AS lint\nFROM scratch AS final\nCOPY --from=build /app /app\n";
  it("defaults to the last stage", () => {
    expect(analyze(source).target).toBe(3);
  });
  it("matches --target case-insensitively", () => {
    expect(analyze(source, { target: "BUILD" }).target).toBe(1);
  });
  it("reports an unknown target", () => {
    const analysis = analyze(source, { target: "nope" });
    expect([analysis.target, analysis.built]).toEqual([null, []]);
    expect(errors(source, { target: "nope" })).toEqual(['1:1 target stage "nope" could not be found']);
  });
});

describe("built stages and parallel levels", () => {
  const source = [
    "FROM golang AS api",
    "FROM node AS web",
    "FROM alpine AS docs",
    "FROM alpine AS final",
    "COPY --from=api /api /api",
    "COPY --from=web /web /web",
  ].join("\n");
  it("are the target plus what it reaches, for BuildKit", () => {
    const analysis = analyze(source);
    expect(analysis.built).toEqual([0, 1, 3]);
    expect(analysis.stages.map((s) => s.built)).toEqual([true, true, false, true]);
  });
  it("are every stage up to the target, in order, for the legacy builder", () => {
    expect(analyze(source, { builder: "legacy" }).built).toEqual([0, 1, 2, 3]);
    expect(analyze(source, { builder: "legacy", target: "web" }).built).toEqual([0, 1]);
  });
  it("run independent stages side by side with BuildKit, one after another with legacy", () => {
    expect(analyze(source).levels).toEqual([[0, 1], [3]]);
    expect(analyze(source, { builder: "legacy" }).levels).toEqual([[0], [1], [2], [3]]);
    expect(analyze(source).stages.map((s) => s.level)).toEqual([0, 0, null, 1]);
  });
});

describe("an unknown target", () => {
  it("suggests the closest stage name, as BuildKit does", () => {
    expect(errors("FROM alpine AS build\nFROM alpine AS final\n", { target: "biuld" })).toEqual([
      '1:1 target stage "biuld" could not be found (did you mean build?)',
    ]);
  });
});
