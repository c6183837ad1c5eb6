import { describe, expect, it } from "vitest";
import { parseDockerfile } from "./parseDockerfile";

const directivesOf = (source: string) =>
  parseDockerfile(source).directives.map((d) => `${d.name}=${d.value} @${d.range.start.line}`);
const errorsOf = (source: string) =>
  parseDockerfile(source)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line}: ${d.message}`);

describe("parser directives", () => {
  it("reads syntax, escape and check at the top of the file, keys in any case", () => {
    const source = "# syntax=docker/dockerfile:1\n#ESCAPE = `\n#  check = skip=all;error=true  \nFROM a\n";
    expect(directivesOf(source)).toEqual([
      "syntax=docker/dockerfile:1 @1",
      "escape=` @2",
      "check=skip=all;error=true @3",
    ]);
    expect(parseDockerfile(source).escapeChar).toBe("`");
  });

  it("stops at the first line that is not a known directive", () => {
    expect(directivesOf("# a comment\n# escape=`\nFROM a")).toEqual([]);
    expect(directivesOf("\n# escape=`\nFROM a")).toEqual([]);
    expect(directivesOf("# unknown=1\n# escape=`\nFROM a")).toEqual([]);
    expect(directivesOf("FROM a\n# escape=`")).toEqual([]);
  });

  it("strips a byte-order mark before the first directive", () => {
    expect(directivesOf("\ufeff# escape=`\nFROM a")).toEqual(["escape=` @1"]);
  });

  it("lets a shebang end the block for escape but not for syntax and check", () => {
    const result = parseDockerfile("#!/usr/bin/env buildctl\n# syntax=x/y\n# escape=`\nFROM a `\n  b\n");
    expect(result.directives.map((d) => d.name)).toEqual(["syntax"]);
    expect(result.escapeChar).toBe("\\");
  });

  it("rejects a repeated directive", () => {
    expect(errorsOf("# syntax=a\n# syntax=b\nFROM a")).toEqual([
      "2: only one syntax parser directive can be used",
    ]);
  });

  it("rejects an escape token other than backslash or backtick", () => {
    expect(errorsOf("# escape=x\nFROM a")).toEqual(["1: invalid escape token 'x' does not match ` or \\"]);
  });

  it("keeps the value's inner spaces and trims the outer ones", () => {
    expect(directivesOf("#syntax=  docker/dockerfile:1  labs  \nFROM a")).toEqual([
      "syntax=docker/dockerfile:1  labs @1",
    ]);
  });

  it("does not count directives as comments of the first instruction", () => {
    expect(parseDockerfile("# syntax=a\n# about a\nFROM a").instructions[0]?.comments).toEqual(["about a"]);
  });

  it("copes with a very long directive-shaped line in linear time", () => {
    const line = "# escape=" + " ".repeat(30_000) + "x" + " ".repeat(30_000);
    expect(errorsOf(line + "\nFROM a")).toEqual(["1: invalid escape token 'x' does not match ` or \\"]);
  });
});
