import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";

const errors = (source: string, options = {}) =>
  analyze(source, options)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`);

describe("stage names", () => {
  it("are lower-cased, and unnamed stages are called stage-N", () => {
    const { stages } = analyze("FROM alpine AS Build\nFROM alpine\n");
    expect(stages.map((s) => [s.name, s.displayName])).toEqual([
      ["build", "build"],
      [null, "stage-1"],
    ]);
  });
  it("must start with a letter and avoid symbols, quoted as written", () => {
    expect(errors("FROM alpine AS 1x\n")).toEqual([
      '1:16 invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    ]);
  });
  it("accept dashes, underscores and dots", () => {
    expect(errors("FROM alpine AS my-app_v1.2\n")).toEqual([]);
  });
});

describe("FROM arity", () => {
  it("needs one or three arguments", () => {
    expect(errors("FROM alpine AS\n")).toEqual(["1:1 FROM requires either one or three arguments"]);
    expect(errors("FROM alpine foo bar\n")).toEqual(["1:1 FROM requires either one or three arguments"]);
  });
});

describe("meta ARGs", () => {
  it("expand in FROM, in order, with --build-arg overriding the default", () => {
    const source = "ARG REPO=library\nARG IMAGE=$REPO/alpine\nFROM ${IMAGE}:3.20\n";
    expect(analyze(source).stages[0]?.base).toBe("library/alpine:3.20");
    expect(analyze(source, { buildArgs: { IMAGE: "debian" } }).stages[0]?.base).toBe("debian:3.20");
  });
  it("are not visible inside a stage unless imported with ARG NAME", () => {
    const source = "ARG V=1.2\nFROM alpine\nCOPY --from=x /a/$V /one\nARG V\nCOPY --from=x /a/$V /two\n";
    expect(analyze(source).edges.map((e) => e.paths[0])).toEqual(["/a/", "/a/1.2"]);
  });
  it("see the automatic platform ARGs", () => {
    const source = "FROM --platform=$BUILDPLATFORM golang AS build\nFROM alpine:$TARGETARCH\n";
    const analysis = analyze(source, { platform: "linux/arm64" });
    expect(analysis.stages.map((s) => [s.platform, s.base])).toEqual([
      ["linux/amd64", "golang"],
      [null, "alpine:arm64"],
    ]);
  });
  it("report a default that fails to expand at the ARG", () => {
    expect(errors("ARG A=${B:?needed}\nFROM alpine\n")).toEqual([
      '1:5 failed to process "${B:?needed}": B: needed',
    ]);
  });
});

describe("base image", () => {
  it("is blank when an unset ARG is all there is", () => {
    expect(errors("ARG BASE\nFROM ${BASE}\n")).toEqual(["2:6 base name (${BASE}) should not be blank"]);
  });
  it("must be a valid reference, even in a stage that is not built", () => {
    expect(errors("FROM alpine: AS a\nFROM alpine\n")).toEqual([
      '1:6 failed to parse stage name "alpine:": invalid reference format',
    ]);
  });
  it("must be lower-case", () => {
    expect(errors("FROM Alpine\n")).toEqual([
      '1:6 failed to parse stage name "Alpine": invalid reference format: repository name (library/Alpine) must be lowercase',
    ]);
  });
  it("names an earlier stage only by its exact lower-case name", () => {
    const { stages } = analyze("FROM alpine AS build\nFROM build\nFROM Build\n");
    expect(stages.map((s) => s.baseStage)).toEqual([null, 0, null]);
    expect(errors("FROM alpine AS build\nFROM Build\n")).toEqual([
      '2:6 failed to parse stage name "Build": invalid reference format: repository name (library/Build) must be lowercase',
    ]);
  });
  it("treats a later stage's name in FROM as an image", () => {
    expect(analyze("FROM later\nFROM alpine AS later\n").stages[0]?.baseStage).toBeNull();
  });
  it("resolves FROM to the latest earlier stage of a duplicated name", () => {
    expect(analyze("FROM alpine AS a\nFROM alpine AS a\nFROM a\n").stages[2]?.baseStage).toBe(1);
  });
});

describe("instructions outside a stage", () => {
  it("are an error before the first FROM, ARG excepted", () => {
    expect(errors("ARG A\nENV B=1\nFROM alpine\n")).toEqual(["2:1 no build stage in current context"]);
  });
  it("leave a file of only ARGs with no stages to build", () => {
    expect(errors("ARG A=1\nARG B\n")).toEqual(["1:1 dockerfile contains no stages to build"]);
  });
});

describe("FROM --platform", () => {
  it("must parse as a platform once expanded, as containerd's platforms.Parse reads it", () => {
    expect(errors("FROM --platform=nonsense alpine\n")).toEqual([
      '1:6 failed to parse platform nonsense: "nonsense": unknown operating system or architecture: invalid argument',
    ]);
    expect(errors("ARG P=linux/amd64/v2/x\nFROM --platform=$P alpine\n")).toEqual([
      '2:6 failed to parse platform linux/amd64/v2/x: "linux/amd64/v2/x": cannot parse platform specifier: invalid argument',
    ]);
  });
  it("accepts an OS or architecture alone and any os/arch pair", () => {
    const source = "FROM --platform=arm64 alpine AS a\nFROM --platform=linux/riscv64 alpine AS b\n";
    expect(errors(source)).toEqual([]);
    expect(analyze(source).stages.map((s) => s.platform)).toEqual(["arm64", "linux/riscv64"]);
  });
});
