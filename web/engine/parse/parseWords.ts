import { isGoSpace } from "./goSpace";
import type { Span } from "./span";

const SPACES = 0;
const WORD = 1;
const QUOTE = 2;

/**
 * line_parsers.go parseWords: splits on whitespace outside quotes and keeps every quote and escape
 * character, so each word is the source text itself, except that an escape character ending the
 * text is dropped.
 */
export function parseWords(text: string, from: number, to: number, escape: number): Span[] {
  const words: Span[] = [];
  let phase = SPACES;
  let quote = 0;
  let wordFrom = from;
  let dropLast = false;
  for (let pos = from; pos <= to; pos++) {
    const atEnd = pos === to;
    const ch = atEnd ? 0 : text.charCodeAt(pos);
    if (phase === SPACES) {
      if (atEnd) break;
      if (isGoSpace(ch)) continue;
      phase = WORD;
      wordFrom = pos;
    }
    if (atEnd) {
      const wordTo = dropLast ? to - 1 : to;
      if (wordTo > wordFrom) words.push({ value: text.slice(wordFrom, wordTo), from: wordFrom, to: wordTo });
      break;
    }
    if (phase === WORD) {
      if (isGoSpace(ch)) {
        phase = SPACES;
        words.push({ value: text.slice(wordFrom, pos), from: wordFrom, to: pos });
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        phase = QUOTE;
      } else if (ch === escape) {
        if (pos + 1 === to) dropLast = true;
        else pos++;
      }
      continue;
    }
    if (ch === quote) phase = WORD;
    else if (ch === escape && quote !== 0x27) {
      if (pos + 1 === to) {
        phase = WORD;
        dropLast = true;
      } else pos++;
    }
  }
  return words;
}

/** reWhitespace.Split(text, -1) over trimmed text: FROM, EXPOSE and the ADD/COPY/VOLUME fallback. */
export function splitOnBlanks(
  text: string,
  from: number,
  to: number,
  isSeparator: (code: number) => boolean,
): Span[] {
  const words: Span[] = [];
  let wordFrom = from;
  let pos = from;
  while (pos < to) {
    if (isSeparator(text.charCodeAt(pos))) {
      words.push({ value: text.slice(wordFrom, pos), from: wordFrom, to: pos });
      while (pos < to && isSeparator(text.charCodeAt(pos))) pos++;
      wordFrom = pos;
    } else pos++;
  }
  words.push({ value: text.slice(wordFrom, to), from: wordFrom, to });
  return words;
}
