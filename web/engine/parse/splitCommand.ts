import { BACKSLASH } from "./charCodes";
import { isBlank, isGoSpace, skipGoSpace, trimGoSpaceEnd } from "./goSpace";
import type { Span } from "./span";

export interface SplitCommand {
  keyword: Span;
  /** Flag words with quotes and backslash escapes removed, as BuildKit stores them. */
  flags: Span[];
  /** Where the arguments start and end after the flags, trimmed. */
  argsFrom: number;
  argsTo: number;
}

const SPACES = 0;
const WORD = 1;
const QUOTE = 2;

/**
 * split_command.go: the keyword is the first word of the trimmed line, split on `[\t\v\f\r ]+`;
 * then the leading words that start with `--` are flags, until a bare `--` or the first other word.
 * Flags always escape with a backslash, whatever the escape directive says.
 */
export function splitCommand(text: string, from: number, to: number): SplitCommand {
  const start = skipGoSpace(text, from, to);
  const end = trimGoSpaceEnd(text, start, to);
  let keywordEnd = start;
  while (keywordEnd < end && !isBlank(text.charCodeAt(keywordEnd))) keywordEnd++;
  const keyword = { value: text.slice(start, keywordEnd), from: start, to: keywordEnd };
  if (keywordEnd === end) return { keyword, flags: [], argsFrom: end, argsTo: end };
  let restFrom = keywordEnd;
  while (restFrom < end && isBlank(text.charCodeAt(restFrom))) restFrom++;
  const { flags, argsFrom } = extractFlags(text, restFrom, end);
  return { keyword, flags, argsFrom: skipGoSpace(text, argsFrom, end), argsTo: end };
}

function extractFlags(text: string, from: number, to: number): { flags: Span[]; argsFrom: number } {
  const flags: Span[] = [];
  let phase = SPACES;
  // The word is built from slices between removed characters: per-character concatenation would
  // build long cons-string chains for every --mount=… flag.
  let word = "";
  let plain = from;
  let quote = 0;
  let blankOk = false;
  let wordFrom = from;
  for (let pos = from; pos <= to; pos++) {
    const atEnd = pos === to;
    const ch = atEnd ? 0 : text.charCodeAt(pos);
    if (phase === SPACES) {
      if (atEnd) break;
      if (isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === to || text.charCodeAt(pos + 1) !== 0x2d) return { flags, argsFrom: pos };
      phase = WORD;
      wordFrom = pos;
      plain = pos;
      word = "";
    }
    if (atEnd) {
      const value = word + text.slice(plain, pos);
      if (value !== "--" && (blankOk || value.length > 0)) flags.push({ value, from: wordFrom, to: pos });
      break;
    }
    if (phase === WORD) {
      if (isGoSpace(ch)) {
        phase = SPACES;
        const value = word + text.slice(plain, pos);
        if (value === "--") return { flags, argsFrom: pos };
        if (blankOk || value.length > 0) flags.push({ value, from: wordFrom, to: pos });
        blankOk = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        word = word + text.slice(plain, pos);
        plain = pos + 1;
        quote = ch;
        blankOk = true;
        phase = QUOTE;
      } else if (ch === BACKSLASH) {
        // The escaped character is kept, the backslash is not; one at the very end is dropped.
        word = word + text.slice(plain, pos);
        plain = pos + 1;
        if (pos + 1 < to) pos++;
      }
      continue;
    }
    if (ch === quote) {
      word = word + text.slice(plain, pos);
      plain = pos + 1;
      phase = WORD;
    } else if (ch === BACKSLASH) {
      word = word + text.slice(plain, pos);
      plain = pos + 1;
      if (pos + 1 === to) phase = WORD;
      else pos++;
    }
  }
  return { flags, argsFrom: to };
}
