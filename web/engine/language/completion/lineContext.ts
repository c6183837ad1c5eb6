// What the text before the cursor says about where it is. A half-typed line often parses as
// something else (an unknown instruction, a flag without a value), so this reads the raw text of the
// instruction up to the cursor, continuation lines joined, instead of the parse tree.
import type { Position } from "../types";

export interface LineContext {
  /** The instruction's words before the current one, keyword first, quotes kept. */
  words: string[];
  /** The word being typed ("" right after whitespace). */
  current: string;
  /** Where `current` starts (on the cursor's line). */
  currentStart: Position;
  /** The cursor is on a comment line. */
  comment: boolean;
}

/** Lines of `source` without their line breaks; `\r\n` files keep Monaco's columns. */
export function sourceLines(source: string): string[] {
  return source.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/** Reads the instruction text before `position`, joining the lines it continues. */
export function lineContext(lines: readonly string[], position: Position, escapeChar: string): LineContext {
  const line = lines[position.line - 1] ?? "";
  const before = line.slice(0, Math.max(0, position.column - 1));
  if (/^\s*#/.test(line)) {
    return { words: [], current: "", currentStart: position, comment: true };
  }
  const parts: string[] = [];
  // BuildKit drops comment and blank lines inside a continuation, so they neither end nor join it.
  for (let above = position.line - 1; above >= 1; above--) {
    const text = lines[above - 1] ?? "";
    if (/^\s*(#|$)/.test(text)) continue;
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(escapeChar)) break;
    parts.push(trimmed.slice(0, -1));
  }
  parts.reverse().push(before);
  const { words, current } = splitWords(parts.join(" "), escapeChar);
  const column = Math.max(1, position.column - current.length);
  return { words, current, currentStart: { line: position.line, column }, comment: false };
}

/** Splits at whitespace outside quotes; the last word is `current` unless the text ends in whitespace. */
function splitWords(text: string, escapeChar: string): { words: string[]; current: string } {
  const words: string[] = [];
  let word = "";
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === escapeChar && i + 1 < text.length) {
      word += char + text[++i];
    } else if (quote) {
      word += char;
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      word += char;
      quote = char;
    } else if (/\s/.test(char)) {
      if (word !== "") words.push(word);
      word = "";
    } else word += char;
  }
  return { words, current: word };
}
