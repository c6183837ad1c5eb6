// BuildKit's word processing (frontend/dockerfile/shell/lex.go) rewritten step for step: quotes,
// escapes, `$V` and the `${V…}` forms, and word splitting. Failures are returned, not thrown, so the
// analyzer can keep going; the public expandWord/expandWords turn them back into exceptions.
// The lexer itself is ShellWord (shellWord.ts) and parameterExpansion.ts.
import { goQuote } from "../parse/goQuote";
import { EOF, isSpace } from "./goChars";
import { LexFailure } from "./lexFailure";
import { ShellWord } from "./shellWord";
import type { Env, ExpandResult, LexOptions } from "./types";

/**
 * Processes one Dockerfile word exactly as BuildKit's shell lexer: quote removal, escapes and
 * variable substitution, plus the split words and the variables referenced. Never throws.
 */
export function lexWord(word: string, env: Env, options: LexOptions = {}): ExpandResult {
  // Most words (paths, image names) have nothing to process; skipping the lexer keeps analyze cheap.
  if (isPlain(word, options.escapeChar ?? "\\")) {
    return { value: word, words: splitPlain(word), references: [], error: null };
  }
  const shell = new ShellWord(word, env, options);
  try {
    const { result, words } = shell.processStopOn(EOF, options.rawEscapes ?? false);
    return { value: result, words, references: shell.references, error: null };
  } catch (e) {
    if (!(e instanceof LexFailure)) throw e;
    return {
      value: "",
      words: [],
      references: shell.references,
      error: {
        message: `failed to process ${goQuote(word)}: ${e.reason}`,
        reason: e.reason,
        offset: e.offset,
      },
    };
  }
}

// Words without `$`, quotes, the escape character or a byte-order mark come out of the lexer unchanged.
const notPlainWithBackslash = /[$'"\\\uFEFF]/;
const notPlainWithBacktick = /[$'"`\uFEFF]/;
function isPlain(word: string, escapeChar: string): boolean {
  return !(escapeChar === "`" ? notPlainWithBacktick : notPlainWithBackslash).test(word);
}

function splitPlain(word: string): string[] {
  // Most words have no space: one word, in an array of one (a pushed-to array reserves 17 slots).
  let spaced = false;
  for (let i = 0; i < word.length && !spaced; i++) spaced = isSpace(word.charCodeAt(i));
  if (!spaced) return word === "" ? [] : [word];
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < word.length; i++) {
    if (isSpace(word.charCodeAt(i))) {
      if (start >= 0) words.push(word.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words.push(word.slice(start));
  return words;
}

/** Turns a plain record into the Env a lexer reads, ignoring inherited properties. */
export function envFromRecord(record: Record<string, string>): Env {
  return new Map(Object.entries(record));
}
