import { describe, expect, it } from "vitest";
import { checkLines } from "../checkLines";

describe("UndefinedArgInFrom", () => {
  it("accepts meta ARGs, automatic platform ARGs and ARGs declared without a value", () => {
    expect(checkLines("\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n")).toEqual([]);
    expect(checkLines("\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n")).toEqual(
      [],
    );
    expect(checkLines("\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n")).toEqual([]);
    expect(checkLines("\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n")).toEqual([]);
    expect(checkLines("\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n")).toEqual([]);
    expect(checkLines('\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n')).toEqual([]);
  });
  it("warns at a mistyped automatic ARG in --platform and suggests the real one", () => {
    expect(checkLines("\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n")).toContain(
      "UndefinedArgInFrom: FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?) (line 2)",
    );
  });
  it("suggests a declared meta ARG", () => {
    const source =
      "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n";
    expect(checkLines(source)).toContain(
      "UndefinedArgInFrom: FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?) (line 4)",
    );
  });
  it("warns without a suggestion when no name is close", () => {
    expect(checkLines("\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n")).toEqual([
      "UndefinedArgInFrom: FROM argument 'version' is not declared (line 3)",
    ]);
  });
});

describe("InvalidDefaultArgInFrom", () => {
  it("warns when an ARG without a default leaves an invalid image name, even if a build-arg fills it", () => {
    expect(
      checkLines("\nARG VERSION\nFROM busybox:$VERSION\n", { buildArgs: { VERSION: "latest" } }),
    ).toEqual([
      "InvalidDefaultArgInFrom: Default value for ARG busybox:$VERSION results in empty or invalid base image name (line 3)",
    ]);
    expect(checkLines("\nARG IMAGE\nFROM $IMAGE\n", { buildArgs: { IMAGE: "busybox:latest" } })).toEqual([
      "InvalidDefaultArgInFrom: Default value for ARG $IMAGE results in empty or invalid base image name (line 3)",
    ]);
  });
  it("warns when the default itself makes an invalid reference", () => {
    expect(checkLines('\nARG SFX="box:"\nFROM busy${SFX}\n', { buildArgs: { SFX: "box:latest" } })).toEqual([
      "InvalidDefaultArgInFrom: Default value for ARG busy${SFX} results in empty or invalid base image name (line 3)",
    ]);
  });
  it("accepts defaults that make a valid reference", () => {
    expect(checkLines('\nARG VERSION="latest"\nFROM busybox:${VERSION}\n')).toEqual([]);
    expect(checkLines('\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n')).toEqual([]);
    expect(checkLines("\nARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n")).toEqual([]);
  });
});

describe("RedundantTargetPlatform", () => {
  it("warns at --platform=$TARGETPLATFORM, quoting the flag as written", () => {
    expect(checkLines("\nFROM --platform=$TARGETPLATFORM scratch\n")).toEqual([
      "RedundantTargetPlatform: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior (line 2)",
    ]);
    expect(checkLines("\nFROM --platform=${TARGETPLATFORM} scratch\n")).toEqual([
      "RedundantTargetPlatform: Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior (line 2)",
    ]);
  });
  it("accepts $BUILDPLATFORM, the usual cross-compilation setup", () => {
    expect(checkLines("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n")).toEqual([]);
  });
});

describe("FromPlatformFlagConstDisallowed", () => {
  it("warns at a constant --platform", () => {
    expect(checkLines("\nFROM --platform=linux/amd64 scratch\n")).toEqual([
      'FromPlatformFlagConstDisallowed: FROM --platform flag should not use constant value "linux/amd64" (line 2)',
    ]);
  });
  it("accepts a constant when the stage name mentions its OS or architecture", () => {
    expect(checkLines("\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n")).toEqual([]);
    expect(checkLines("\nFROM --platform=linux/amd64 scratch AS linux\n")).toEqual([]);
  });
});
