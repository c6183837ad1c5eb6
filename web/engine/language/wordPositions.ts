// Where a piece of a word or flag sits in the source: the text is read back from the lines the word
// spans (dockerfileSource.ts), so a name is placed on whichever continuation line it was typed. A
// heredoc body is kept as written, except for the tabs `<<-` removes.
import type { Flag, Heredoc, Word } from "../parse/types";
import type { DockerfileSource } from "./dockerfileSource";
import type { Position, Range } from "./types";

/** The source range of `[from, to)` in some text, or null where the engine cannot tell. */
export type Locate = (from: number, to: number) => Range | null;

const NOWHERE: Locate = () => null;

/** Offsets in `word.value`; in exec form (`json`) the value is decoded and the range has its quotes. */
export function locateInWord(word: Word, source: DockerfileSource, json = false): Locate {
  const joined = source.joinedAt(word.range);
  if (!joined) return NOWHERE;
  if (!json) return joined.text === word.value ? joined.place : NOWHERE;
  const offsets = decodedJsonOffsets(joined.text);
  return offsets.length === word.value.length ? through(offsets, joined.place) : NOWHERE;
}

/**
 * Offsets in `flag.value`. The parser removed the flag's quotes and backslashes (`--from="build"` has
 * the value `build`), so each value character is traced back to the flag as written.
 */
export function locateInFlagValue(flag: Flag, source: DockerfileSource): Locate {
  if (flag.value === null) return NOWHERE;
  const joined = source.joinedAt(flag.range);
  if (!joined || joined.text !== flag.raw) return NOWHERE;
  // The unquoted word is `--name=value`.
  const valueStart = 2 + flag.name.length + 1;
  return through(unquotedOffsets(flag.raw).slice(valueStart), joined.place);
}

/** Places `[from, to)` of a text whose character `i` was written at `offsets[i]` of the placed text. */
function through(offsets: readonly number[], place: Locate): Locate {
  return (from, to) => {
    if (to <= from) return null;
    const first = offsets[from];
    const last = offsets[to - 1];
    // A quote or escape inside the piece would be lost by replacing it: only contiguous pieces.
    if (first === undefined || last === undefined || first < 0 || last - first !== to - 1 - from) return null;
    return place(first, last + 1);
  };
}

/**
 * For each UTF-16 unit of a decoded JSON string, its offset in the token as written (quotes included),
 * or -1 for a unit written as an escape, which a replacement cannot keep.
 */
function decodedJsonOffsets(token: string): number[] {
  const offsets: number[] = [];
  for (let i = 1; i < token.length - 1; i++) {
    if (token[i] !== "\\") offsets.push(i);
    else {
      offsets.push(-1);
      i += token[i + 1] === "u" ? 5 : 1;
    }
  }
  return offsets;
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
