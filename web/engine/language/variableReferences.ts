// The `$NAME` and `${NAME…}` uses in a piece of text, each as the offsets of the name alone (what a
// rename replaces). Words BuildKit expands are read by its own lexer; shell text (RUN, heredoc scripts)
// is left to the shell, so it is scanned the way a POSIX shell finds parameters.
import { lexWord } from "../expand/lexWord";
import type { LexOptions } from "../expand/types";

/** One use of a variable: `name` sits at `[from, to)` of the text. */
export interface NameReference {
  name: string;
  from: number;
  to: number;
}

const EMPTY_ENV: ReadonlyMap<string, string> = new Map();
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The variables BuildKit's lexer meets in a word it expands (COPY paths, WORKDIR, ARG defaults…). */
export function expandedReferences(text: string, options: LexOptions): NameReference[] {
  const found: NameReference[] = [];
  // The lexer keeps the references it met before a syntax error, which is what the editor can show.
  for (const reference of lexWord(text, EMPTY_ENV, options).references) {
    const from = reference.start + (text.charCodeAt(reference.start + 1) === 0x7b ? 2 : 1);
    const to = from + reference.name.length;
    if (VALID_NAME.test(reference.name) && text.slice(from, to) === reference.name) {
      found.push({ name: reference.name, from, to });
    }
  }
  // The lexer lists inner words first (`${A:-$B}` gives B, then A); callers want text order.
  return found.sort((a, b) => a.from - b.from);
}

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39);
}

/**
 * The variables a shell would expand in `text`: `$NAME` and `${NAME…}` outside single quotes and not
 * escaped with a backslash. `$$`, `$1` and `$(…)` are not names.
 */
export function shellReferences(text: string): NameReference[] {
  const found: NameReference[] = [];
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      i++;
    } else if (c === 0x27 && !inDouble) {
      const close = text.indexOf("'", i + 1);
      if (close < 0) break;
      i = close;
    } else if (c === 0x22) {
      inDouble = !inDouble;
    } else if (c === 0x24) {
      if (text.charCodeAt(i + 1) === 0x24) {
        i++;
        continue;
      }
      const from = text.charCodeAt(i + 1) === 0x7b ? i + 2 : i + 1;
      if (!isNameStart(text.charCodeAt(from))) continue;
      let to = from + 1;
      while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
      found.push({ name: text.slice(from, to), from, to });
      i = to - 1;
    }
  }
  return found;
}
