// For tests: the hover at a piece of a Dockerfile's text, found by the text rather than by counted columns.
import { analyze, type AnalyzeOptions } from "../../analyze";
import { hoverAt } from "../hover";
import type { HoverInfo, Position } from "../types";

/** Where `needle` (the `nth` one, from 0) starts in `source`, moved `into` characters into it. */
export function positionOf(source: string, needle: string, into = 1, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`no ${needle} in the source`);
  }
  const before = source.slice(0, index + into);
  const line = before.split("\n").length;
  return { line, column: before.length - before.lastIndexOf("\n") };
}

/** The hover at `needle` in `source`, analyzed with `options`. */
export function hover(
  source: string,
  needle: string,
  options: AnalyzeOptions & { into?: number; nth?: number } = {},
) {
  const { into, nth, ...analyzeOptions } = options;
  return hoverAt(analyze(source, analyzeOptions), source, positionOf(source, needle, into, nth));
}

/** A hover's Markdown; a missing hover fails the test that expected one. */
export function markdown(info: HoverInfo | null): string {
  if (!info) throw new Error("no hover");
  return info.markdown;
}
