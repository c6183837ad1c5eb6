// Go's character classes as lex.go uses them (unicode.IsSpace, IsLetter, IsDigit), on code points.

/** End of input, as Go's scanner.EOF. */
export const EOF = -1;

/** Go's unicode.IsSpace. */
export function isSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const letter = /\p{L}/u;
const digit = /\p{Nd}/u;
/** Go's unicode.IsDigit (decimal digits of any script). */
export function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return digit.test(String.fromCodePoint(c));
}
/** A letter, digit or `_`: what a variable name is made of. */
export function isNameChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  const ch = String.fromCodePoint(c);
  return letter.test(ch) || digit.test(ch);
}
/** Shell special parameters (`$@`, `$#`, …), read as one-character names. */
export function isSpecialParam(c: number): boolean {
  // @ * # ? - $ ! 0
  return (
    c === 0x40 ||
    c === 0x2a ||
    c === 0x23 ||
    c === 0x3f ||
    c === 0x2d ||
    c === 0x24 ||
    c === 0x21 ||
    c === 0x30
  );
}
/** The character for a code point; EOF prints as U+FFFD, as Go's string(rune(-1)). */
export function char(c: number): string {
  return c === EOF ? "\uFFFD" : String.fromCodePoint(c);
}
