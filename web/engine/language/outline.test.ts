import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { foldingRanges, outline, shorten } from "./outline";
import type { OutlineSymbol, Range } from "./types";

const source = [
  "ARG GO=1.22",
  "ARG DEBUG",
  "FROM golang:${GO} AS build",
  "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates",
  "COPY <<EOF /etc/app.conf",
  "port=80",
  "EOF",
  "",
  "FROM scratch",
  "COPY --from=build \\",
  "     /app /app",
  "",
].join("\n");

const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
const shape = (symbols: OutlineSymbol[]): unknown[] =>
  symbols.map((s) => [
    `${s.kind} ${s.name}`,
    s.detail,
    at(s.range),
    at(s.selectionRange),
    ...(s.children.length > 0 ? [shape(s.children)] : []),
  ]);

describe("outline", () => {
  it("lists the meta ARGs, then each stage with its instructions", () => {
    expect(shape(outline(analyze(source), source))).toEqual([
      ["arg GO", "= 1.22", "1:5-1:12", "1:5-1:7"],
      ["arg DEBUG", "", "2:5-2:10", "2:5-2:10"],
      [
        "stage build",
        "golang:${GO}",
        "3:1-7:4",
        "3:22-3:27",
        [
          ["instruction RUN", "apt-get update && apt-get install -y --…", "4:1-4:81", "4:1-4:4"],
          ["instruction COPY", "<<EOF /etc/app.conf", "5:1-7:4", "5:1-5:5"],
        ],
      ],
      [
        "stage stage-1",
        "scratch",
        "9:1-11:15",
        "9:1-9:5",
        [["instruction COPY", "/app /app", "10:1-11:15", "10:1-10:5"]],
      ],
    ]);
  });
  it("shortens an instruction's text to one line of at most 40 characters", () => {
    expect(shorten("echo  one\n   two")).toBe("echo one two");
    expect(shorten("x".repeat(41))).toBe(`${"x".repeat(39)}…`);
  });
});

describe("folding", () => {
  it("folds each stage on several lines and each instruction on several lines, once each", () => {
    expect(foldingRanges(analyze(source))).toEqual([
      { start: 3, end: 7 },
      { start: 5, end: 7 },
      { start: 9, end: 11 },
      { start: 10, end: 11 },
    ]);
  });
  it("does not fold a stage on one line", () => {
    expect(foldingRanges(analyze("FROM alpine\n"))).toEqual([]);
  });
  it("folds a multi-line FROM that is the whole stage once", () => {
    expect(foldingRanges(analyze("FROM \\\n  alpine\n"))).toEqual([{ start: 1, end: 2 }]);
  });
});
