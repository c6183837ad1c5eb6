// Heredoc markers in RUN, COPY and ADD lines (parser.go heredocsFromLine, heredocFromMatch).
import { BACKSLASH } from "./charCodes";
import { isGoSpace, isRegexSpace } from "./goSpace";
import type { Span } from "./span";

export interface HeredocMarker {
  name: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor: number;
  /** The marker word in the joined line, e.g. `<<-"EOF"`. */
  word: Span;
}

const LESS_THAN = 0x3c;

/** lex.go isWhitespace: the blanks processPossibleHeredoc keeps after `<<`. */
function isHeredocBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/**
 * Finds the heredoc markers of a joined instruction line, in order. BuildKit lexes the whole line
 * with its shell lexer keeping quotes and escapes, then tests each word against
 * `^(\d*)<<(-?)\s*([^<]*)$`; the delimiter must lex to exactly one word. The lexer here leaves `$`
 * alone, which is what BuildKit's SkipUnsetEnv amounts to with an empty environment.
 */
export function findHeredocMarkers(line: string): HeredocMarker[] {
  const words = lexWords(line, true);
  if (!words) return [];
  const markers: HeredocMarker[] = [];
  for (const word of words) {
    const marker = parseHeredocWord(word.value);
    if (marker) markers.push({ ...marker, word });
  }
  return markers;
}

/** ParseHeredoc: a marker like `3<<-'EOF'`, or null when the word is not one. */
export function parseHeredocWord(word: string): Omit<HeredocMarker, "word"> | null {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 0x30 && word.charCodeAt(i) <= 0x39) i++;
  if (!word.startsWith("<<", i)) return null;
  const fileDescriptor = i === 0 ? 0 : Number(word.slice(0, i));
  i += 2;
  const chomp = word.charCodeAt(i) === 0x2d;
  if (chomp) i++;
  while (i < word.length && isRegexSpace(word.charCodeAt(i))) i++;
  const rest = word.slice(i);
  if (rest.length === 0 || rest.includes("<")) return null;
  const cooked = lexWords(rest, false);
  if (!cooked || cooked.length !== 1) return null;
  const raw = lexWords(rest, true, false);
  const name = cooked[0]?.value ?? "";
  const rawName = raw?.[0]?.value ?? name;
  // Quotes that lexing removed mean some part of the delimiter was quoted: the body stays literal.
  return { name, expand: countQuotes(name) === countQuotes(rawName), chomp, fileDescriptor };
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x27 || ch === 0x22) count++;
  }
  return count;
}

/**
 * A small subset of BuildKit's shell lexer: word splitting on whitespace outside quotes, with
 * quotes and escapes either kept (raw) or removed. Like shell/lex.go processPossibleHeredoc, `<<`
 * keeps the blanks after it in its word, so `<<  EOF` is one word; only blanks directly after `<<`,
 * so `<<- EOF` still splits after the `-`. Returns null on an unterminated quote, where BuildKit's
 * lexer fails and no heredoc is recognised.
 */
function lexWords(text: string, rawQuotes: boolean, rawEscapes = rawQuotes): Span[] | null {
  const words: Span[] = [];
  let word = "";
  let inWord = false;
  let wordFrom = 0;
  const startWord = (at: number) => {
    if (!inWord) {
      inWord = true;
      wordFrom = at;
    }
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x27 || ch === 0x22) {
      startWord(i);
      const start = i;
      i++;
      let content = "";
      let plain = i;
      for (;;) {
        if (i >= text.length) return null;
        const c = text.charCodeAt(i);
        if (c === ch) break;
        if (ch === 0x22 && c === BACKSLASH) {
          const next = text.charCodeAt(i + 1);
          if (i + 1 >= text.length) {
            content += text.slice(plain, i);
            i++;
            plain = i;
            continue;
          }
          if (!rawEscapes && (next === 0x22 || next === 0x24 || next === BACKSLASH)) {
            content += text.slice(plain, i);
            plain = i + 1;
          }
          i += 2;
          continue;
        }
        i++;
      }
      content += text.slice(plain, i);
      i++;
      word += rawQuotes ? text.slice(start, start + 1) + content + text.slice(i - 1, i) : content;
      continue;
    }
    if (ch === BACKSLASH) {
      startWord(i);
      if (i + 1 >= text.length) break;
      word += rawEscapes ? text.slice(i, i + 2) : text.slice(i + 1, i + 2);
      i += 2;
      continue;
    }
    if (ch === LESS_THAN && text.charCodeAt(i + 1) === LESS_THAN) {
      startWord(i);
      let end = i + 2;
      while (end < text.length && isHeredocBlank(text.charCodeAt(end))) end++;
      word += text.slice(i, end);
      i = end;
      continue;
    }
    if (isGoSpace(ch)) {
      if (inWord && word.length > 0) {
        words.push({ value: word, from: wordFrom, to: i });
        word = "";
        inWord = false;
      }
      i++;
      continue;
    }
    startWord(i);
    word += text[i];
    i++;
  }
  if (word.length > 0) words.push({ value: word, from: wordFrom, to: text.length });
  return words;
}

/** Removes leading tabs from every line, as `<<-` asks (ChompHeredocContent). */
export function chompTabs(content: string): string {
  let out = "";
  let lineStart = 0;
  while (lineStart < content.length) {
    let i = lineStart;
    while (content.charCodeAt(i) === 0x09) i++;
    const newline = content.indexOf("\n", i);
    const lineEnd = newline < 0 ? content.length : newline + 1;
    out += content.slice(i, lineEnd);
    lineStart = lineEnd;
  }
  return out;
}
