// Where a piece of a word sits in the source. The parser keeps each word's text and the range it spans,
// but not where continuation lines were joined inside it, so an offset in the text maps to an exact
// column only where the engine can tell: a word on one line, a word on two adjacent lines, the last
// line of a longer word, a flag on one line, the body of a heredoc whose tabs were kept.
import type { Flag, Heredoc, Word } from "../parse/types";
import type { Position, Range } from "./types";

/** The source range of `[from, to)` in some text, or null where the engine cannot tell. */
export type Locate = (from: number, to: number) => Range | null;

const NOWHERE: Locate = () => null;

function onLine(line: number, column: number, from: number, to: number): Range {
  return { start: { line, column: column + from }, end: { line, column: column + to } };
}

/** Offsets in `word.value`; in exec form (`json`) the value is decoded and the range has its quotes. */
export function locateInWord(word: Word, json = false): Locate {
  const { start, end } = word.range;
  const length = word.value.length;
  if (json) {
    // Escapes make the token longer than its value; without any, value and token line up.
    if (start.line !== end.line || end.column - start.column !== length + 2) return NOWHERE;
    return (from, to) => onLine(start.line, start.column + 1, from, to);
  }
  if (start.line === end.line) {
    if (end.column - start.column !== length) return NOWHERE;
    return (from, to) => onLine(start.line, start.column, from, to);
  }
  // A continuation line's text starts at its column 1, so the word's last part is known; its first
  // part is the rest only when no other line lies between them.
  const lastStart = length - (end.column - 1);
  if (lastStart < 1) return NOWHERE;
  const adjacent = end.line === start.line + 1;
  return (from, to) => {
    if (from >= lastStart) return onLine(end.line, 1 - lastStart, from, to);
    if (adjacent && to <= lastStart) return onLine(start.line, start.column, from, to);
    return null;
  };
}

/**
 * Offsets in `flag.value`. The parser removed the flag's quotes and backslashes (`--from="build"` has
 * the value `build`), so each value character is traced back to the flag as written.
 */
export function locateInFlagValue(flag: Flag): Locate {
  const { start, end } = flag.range;
  if (flag.value === null || start.line !== end.line || end.column - start.column !== flag.raw.length) {
    return NOWHERE;
  }
  const rawAt = unquotedOffsets(flag.raw);
  // The unquoted word is `--name=value`.
  const valueStart = 2 + flag.name.length + 1;
  return (from, to) => {
    if (to <= from) return null;
    const first = rawAt[valueStart + from];
    const last = rawAt[valueStart + to - 1];
    // A quote or backslash inside the piece would be lost by replacing it: only contiguous pieces.
    if (first === undefined || last === undefined || last - first !== to - 1 - from) return null;
    return onLine(start.line, start.column, first, last + 1);
  };
}

/**
 * For each character of a flag word after quote and backslash removal, its offset in the word as
 * written. Mirrors the parser's flag splitting (split_command.go extractBuilderFlags).
 */
export function unquotedOffsets(raw: string): number[] {
  const offsets: number[] = [];
  let quote = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (quote === "" && (c === "'" || c === '"')) quote = c;
    else if (quote !== "" && c === quote) quote = "";
    else if (c === "\\") {
      if (i + 1 < raw.length) offsets.push(++i);
    } else offsets.push(i);
  }
  return offsets;
}

/** Offsets in `heredoc.content`; unknown for `<<-`, whose leading tabs were removed. */
export function locateInHeredoc(heredoc: Heredoc): Locate {
  if (heredoc.chomp) return NOWHERE;
  const { content } = heredoc;
  const firstLine = heredoc.range.start.line;
  let lineStarts: number[] | null = null;
  const position = (offset: number, starts: number[]): Position => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: firstLine + low, column: offset - (starts[low] as number) + 1 };
  };
  return (from, to) => {
    if (lineStarts === null) {
      lineStarts = [0];
      for (let i = content.indexOf("\n"); i >= 0; i = content.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    }
    const start = position(from, lineStarts);
    const end = position(to, lineStarts);
    return start.line === end.line ? { start, end } : null;
  };
}
