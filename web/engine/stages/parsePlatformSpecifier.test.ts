import { describe, expect, it } from "vitest";
import { parsePlatformSpecifier } from "./parsePlatformSpecifier";

const platform = (text: string) => parsePlatformSpecifier(text).platform;
const error = (text: string) => parsePlatformSpecifier(text).error;

describe("platform specifiers", () => {
  it("read os/arch[/variant] with containerd's normalisations", () => {
    expect(platform("Linux/x86_64")).toEqual({ os: "linux", architecture: "amd64", variant: "" });
    expect(platform("linux/arm")).toEqual({ os: "linux", architecture: "arm", variant: "" });
    expect(platform("linux/arm64")).toEqual({ os: "linux", architecture: "arm64", variant: "" });
    expect(platform("linux/arm64/v8")).toEqual({ os: "linux", architecture: "arm64", variant: "v8" });
    expect(platform("linux/arm/7")).toEqual({ os: "linux", architecture: "arm", variant: "v7" });
    expect(platform("macos/arm64")?.os).toBe("darwin");
  });

  it("fill in the runtime's linux/amd64 for a lone OS or architecture", () => {
    expect(platform("windows")).toEqual({ os: "windows", architecture: "amd64", variant: "" });
    expect(platform("aarch64")).toEqual({ os: "linux", architecture: "arm64", variant: "" });
  });

  it("accept any os/arch pair, known or not, as containerd does", () => {
    expect(platform("plan10/z80")).toEqual({ os: "plan10", architecture: "z80", variant: "" });
  });

  it("reject what containerd rejects, in its words", () => {
    expect(error("nonsense")).toBe('"nonsense": unknown operating system or architecture: invalid argument');
    expect(error("linux/*")).toBe('"linux/*": wildcards not yet supported: invalid argument');
    expect(error("a/b/c/d")).toBe('"a/b/c/d": cannot parse platform specifier: invalid argument');
    expect(error("linux/am d64")).toBe(
      '"am d64" is an invalid component of "linux/am d64": platform specifier component must match "^[A-Za-z0-9_.-]+$": invalid argument',
    );
    expect(error("lin.ux/amd64")).toMatch(/^"lin\.ux" is an invalid OS component of "lin\.ux\/amd64"/);
    expect(error("windows(10%zz)/amd64")).toBe(
      '"windows(10%zz)/amd64" has an invalid OS version "10%zz": invalid URL escape "%zz"',
    );
  });
});
