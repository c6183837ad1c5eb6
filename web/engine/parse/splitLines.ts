// The physical lines of a Dockerfile as BuildKit's scanner sees them: split on "\n" only, with a
// trailing "\n" not starting another line, and every trailing "\r" dropped (parser.go trimNewline).

export interface SourceLines {
  /** Offset of each line's first character. */
  readonly starts: number[];
  /** Offset just after each line's text, trailing "\r" and "\n" excluded. */
  readonly ends: number[];
  /** Offset of the next line's first character (or the source length), so bodies keep their "\n". */
  readonly nexts: number[];
}

/** Splits `source` into lines without copying it. */
export function splitLines(source: string): SourceLines {
  const starts: number[] = [];
  const ends: number[] = [];
  const nexts: number[] = [];
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf("\n", start);
    const rawEnd = newline < 0 ? source.length : newline;
    let end = rawEnd;
    while (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    starts.push(start);
    ends.push(end);
    const next = newline < 0 ? source.length : newline + 1;
    nexts.push(next);
    start = next;
  }
  return { starts, ends, nexts };
}

/**
 * The UTF-8 size of `text[from, to)` as TextEncoder would encode it (a lone surrogate is U+FFFD),
 * counted without encoding: what bufio.Scanner's line limit counts, and a text file's size.
 */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
