import { describe, expect, it } from "vitest";
import { automaticArgs, DEFAULT_PLATFORM, parsePlatform } from "./platformArgs";

describe("automatic platform ARGs", () => {
  it("default to linux/amd64 for both build and target", () => {
    const args = automaticArgs(DEFAULT_PLATFORM, DEFAULT_PLATFORM, "default", {});
    expect(Object.fromEntries(args)).toMatchObject({
      BUILDPLATFORM: "linux/amd64",
      TARGETPLATFORM: "linux/amd64",
      TARGETOS: "linux",
      TARGETARCH: "amd64",
      TARGETVARIANT: "",
      TARGETSTAGE: "default",
    });
  });
  it("follow a requested target platform, with its variant", () => {
    const args = automaticArgs(DEFAULT_PLATFORM, parsePlatform("linux/arm/v7")!, "app", {});
    expect([args.get("TARGETPLATFORM"), args.get("TARGETARCH"), args.get("TARGETVARIANT")]).toEqual([
      "linux/arm/v7",
      "arm",
      "v7",
    ]);
  });
  it("can be overridden by --build-arg", () => {
    expect(
      automaticArgs(DEFAULT_PLATFORM, DEFAULT_PLATFORM, "x", { TARGETARCH: "riscv64" }).get("TARGETARCH"),
    ).toBe("riscv64");
  });
  it("normalise architecture aliases and reject what is not a platform", () => {
    expect(parsePlatform("linux/aarch64")).toEqual({ os: "linux", architecture: "arm64", variant: "" });
    expect(parsePlatform("amd64")).toBeNull();
  });
});
