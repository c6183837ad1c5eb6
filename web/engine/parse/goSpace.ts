// Go's notions of whitespace. BuildKit mixes two of them, and which one applies where decides how a
// line splits, so both are spelled out here rather than approximated with \s.

/** Go's unicode.IsSpace: what strings.TrimSpace and the word splitters skip. */
export function isGoSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** The `[\t\v\f\r ]` class of parser.go's reWhitespace: no newline, nothing beyond ASCII. */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** Go's regexp `\s` (RE2 Perl class): `[\t\n\f\r ]`, used by the directive pattern. */
export function isRegexSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Index of the first non-space at or after `from` (strings.TrimLeftFunc(s, unicode.IsSpace)). */
export function skipGoSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isGoSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-space before `to` (strings.TrimRightFunc). */
export function trimGoSpaceEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isGoSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
