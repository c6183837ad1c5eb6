import { describe, expect, it } from "vitest";
import { corpusRow, formatCorpus } from "./corpusReport";
import { isDockerfileName } from "./corpus";

const clock = () => {
  let t = 0;
  return () => (t += 2);
};

describe("the corpus report", () => {
  it("gives each Dockerfile its verdict as a word: starts, would not start, cannot tell, export only", () => {
    const verdicts = [
      'FROM alpine:3.21\nCMD ["sh", "-c", "echo hi"]\n',
      'FROM scratch\nCMD ["/app"]\n',
      'FROM mycorp/base:1.0\nCMD ["/app"]\n',
      "FROM golang:1.26-alpine AS build\nRUN mkdir /out\nFROM scratch\nCOPY --from=build /out /\n",
    ].map((source, i) => corpusRow({ name: `f${i}`, source }, clock()).verdict);
    expect(verdicts).toEqual(["starts", "would not start", "cannot tell", "export only"]);
  });

  it("counts errors and lists them with their line under --details", () => {
    const row = corpusRow(
      { name: "Dockerfile", source: "FROM alpine:3.21\nCOPY app.py /app/\n", options: { context: [] } },
      clock(),
    );
    expect(row).toMatchObject({ stages: 1, errors: 1, ms: 2 });
    expect(row.details).toEqual([expect.stringMatching(/^line 2: error Error: "\/app.py": not found/)]);
    const text = formatCorpus([row], true);
    expect(text).toContain('    line 2: error Error: "/app.py": not found');
    expect(text).toContain("1 files: 1 with errors (1 errors)");
  });

  it("ends with the totals per verdict and the time", () => {
    const rows = ['FROM scratch\nCMD ["/app"]\n', "FROM alpine:3.21\n"].map((source, i) =>
      corpusRow({ name: `f${i}`, source }, clock()),
    );
    const lines = formatCorpus(rows).trim().split("\n");
    expect(lines.at(-2)).toBe(
      "verdicts: 1 starts, 1 would not start, 0 cannot tell, 0 export only, 0 no image",
    );
    expect(lines.at(-1)).toBe("time: 4 ms in all, median 2.0 ms, slowest 2.0 ms");
  });

  it("finds Dockerfiles by their usual names", () => {
    expect(
      ["Dockerfile", "Dockerfile.dev", "api.Dockerfile", "web.dockerfile"].map(isDockerfileName),
    ).toEqual([true, true, true, true]);
    expect(["Dockerfile-notes.md", "dockerfile.txt", "Makefile"].map(isDockerfileName)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
