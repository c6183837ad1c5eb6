// Which variable reference a position is on, read as the text's reader reads it: BuildKit's lexer for
// the words BuildKit expands, a shell's quoting for RUN, CMD and ENTRYPOINT text it hands to /bin/sh.
import { lexWord } from "../../expand/lexWord";
import type { Position, Range } from "../types";
import { offsetIn, rangeOnLine } from "./positions";

export interface VariableAt {
  name: string;
  /** The whole reference, `$NAME` or `${NAME…}`. */
  range: Range;
  /** The reference as written. */
  text: string;
}

interface Reference {
  name: string;
  start: number;
  end: number;
}

const NO_VARIABLES: ReadonlyMap<string, string> = new Map();
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * The reference at `position` in a word BuildKit expands, written on one line at `range`; undefined
 * when the word does not sit on one line as written (the caller then reads the line as a shell would).
 */
export function wordVariableAt(
  text: string,
  range: Range,
  position: Position,
  escapeChar: "\\" | "`",
): VariableAt | null | undefined {
  const offset = offsetIn(range, text.length, position);
  if (offset === null) return undefined;
  if (!text.includes("$")) return null;
  const { references } = lexWord(text, NO_VARIABLES, { escapeChar });
  return pick(references, offset, text, range.start);
}

/** The `$NAME` or `${NAME…}` at `position` in one line of shell text, outside single quotes. */
export function shellVariableAt(lineText: string, position: Position): VariableAt | null {
  if (!lineText.includes("$")) return null;
  const references: Reference[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (c === "\\" && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === "$" && !single) {
      const braced = lineText[i + 1] === "{";
      const name = NAME.exec(lineText.slice(i + (braced ? 2 : 1)))?.[0];
      if (name)
        references.push({
          name,
          start: i,
          end: braced ? closingBrace(lineText, i + 1) : i + 1 + name.length,
        });
    }
  }
  return pick(references, position.column - 1, lineText, { line: position.line, column: 1 });
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  return text.length;
}

// The innermost reference holding the offset: in `${A:-$B}`, the `$B`.
function pick(
  references: readonly Reference[],
  offset: number,
  text: string,
  start: Position,
): VariableAt | null {
  let best: Reference | null = null;
  for (const reference of references) {
    if (offset < reference.start || offset >= reference.end) continue;
    if (!best || reference.end - reference.start < best.end - best.start) best = reference;
  }
  if (!best) return null;
  return {
    name: best.name,
    range: rangeOnLine(start, best.start, best.end - best.start),
    text: text.slice(best.start, best.end),
  };
}
