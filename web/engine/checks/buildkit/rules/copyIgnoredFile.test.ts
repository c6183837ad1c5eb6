import { describe, expect, it } from "vitest";
import { checkLines } from "../checkLines";

const copy = (file: string, line: number, command = "Copy") =>
  `CopyIgnoredFile: Attempting to ${command} file "${file}" that is excluded by .dockerignore (line ${line})`;

describe("CopyIgnoredFile", () => {
  it("warns at COPY and ADD of a file .dockerignore excludes", () => {
    const source = "\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n";
    expect(checkLines(source, { dockerignore: "\nDockerfile\n" })).toEqual([
      copy("Dockerfile", 3),
      copy("Dockerfile", 4, "Add"),
    ]);
    expect(checkLines("# check=skip=CopyIgnoredFile\n" + source, { dockerignore: "\nDockerfile\n" })).toEqual(
      [],
    );
  });
  it("needs a .dockerignore", () => {
    expect(checkLines("FROM scratch\nCOPY Dockerfile .\n")).toEqual([]);
  });
  it("leaves copies from other stages alone", () => {
    const source =
      "\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n";
    expect(checkLines(source, { dockerignore: "\nfoobar\n" })).toEqual([]);
  });
  it("respects a ! line that brings the file back", () => {
    const dockerignore = "\n**\n!Dockerfile\n";
    expect(checkLines("\nFROM scratch\nCOPY ./Dockerfile .\n", { dockerignore })).toEqual([]);
    expect(checkLines("\nFROM scratch\nCOPY . .\n\t", { dockerignore })).toEqual([]);
  });
  it("warns at a file inside an excluded directory and reports the cleaned path", () => {
    expect(
      checkLines("FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n", {
        dockerignore: "*/tmp/*\ntmp\n",
      }),
    ).toEqual([copy("tmp/helloworld.txt", 2)]);
  });
  it("counts the context root only when a pattern excludes every entry", () => {
    const source = "\nFROM scratch\nCOPY . .\n";
    expect(checkLines(source, { dockerignore: "\n.*\n" })).toEqual([]);
    expect(checkLines(source, { dockerignore: "\n*\n" })).toEqual([copy(".", 3)]);
  });
  it("still warns when the ! lines cannot bring the copied path back", () => {
    const source = "\nFROM scratch\nCOPY sub/a.txt /\n";
    for (const dockerignore of [
      "sub\n!sub/b.txt\n",
      "sub\n!other.txt\n",
      "sub\n!nope/missing.txt\n",
      "!sub/b.txt\nsub\n",
    ]) {
      expect(checkLines(source, { dockerignore })).toEqual([copy("sub/a.txt", 3)]);
    }
  });
  it("stays silent when a ! line brings back the path or something below it", () => {
    const dockerignore = "sub\n!sub/a.txt\n";
    for (const copyLine of ["COPY sub /sub", "COPY . /ctx", "COPY sub/a.txt /", "COPY sub/*.txt /"]) {
      expect(checkLines(`\nFROM scratch\n${copyLine}\n`, { dockerignore })).toEqual([]);
    }
    expect(
      checkLines("\nFROM scratch\nCOPY su.b /sub\n", { dockerignore: "su.b\n!su\\.b/keep.txt\n" }),
    ).toEqual([]);
  });
});
