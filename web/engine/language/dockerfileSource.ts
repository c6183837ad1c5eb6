// Where the characters of a word or flag were typed. The parser keeps a word's text as it was after
// continuation lines were joined, and the range it spans; reading the lines of that range again, the
// way scanDockerfile.ts joins them, gives each character back its line and column.
import { isGoSpace } from "../parse/goSpace";
import { JoinedLine, type LinePiece } from "../parse/joinedLine";
import { splitLines, type SourceLines } from "../parse/splitLines";
import type { Range } from "./types";

/** The text a range covers once its lines are joined, and the way back to the source. */
export interface JoinedText {
  /** Without the line continuations, and without the comment and empty lines BuildKit drops. */
  text: string;
  /** The source range of `[from, to)` of `text`; null when a line break falls inside it. */
  place: (from: number, to: number) => Range | null;
}

/** The text an analysis was made of, with its escape character (`\` unless `# escape=` says otherwise). */
export class DockerfileSource {
  private lines: SourceLines | null = null;
  private readonly escape: number;

  constructor(
    readonly text: string,
    escapeChar: "\\" | "`",
  ) {
    this.escape = escapeChar.charCodeAt(0);
  }

  /** The joined text `range` covers, or null when the lines there do not join into one range. */
  joinedAt(range: Range): JoinedText | null {
    const lines = (this.lines ??= splitLines(this.text));
    const first = range.start.line - 1;
    const last = range.end.line - 1;
    if (first < 0 || last < first || last >= lines.starts.length) return null;
    const pieces: LinePiece[] = [];
    for (let index = first; index <= last; index++) {
      const start = lines.starts[index] as number;
      const end = lines.ends[index] as number;
      const from = index === first ? start + range.start.column - 1 : start;
      if (index > first && this.isDropped(start, end)) {
        if (index === last) return null;
        continue;
      }
      let to = start + range.end.column - 1;
      if (index < last) {
        to = this.continuationAt(start, end);
        if (to < 0) return null;
      }
      if (from > to || to > end) return null;
      pieces.push({ from, to, line: index + 1, column: from - start + 1 });
    }
    const joined = new JoinedLine(this.text, pieces, range.start);
    return {
      text: joined.text,
      place: (from, to) => {
        if (from < 0 || to <= from || to > joined.text.length) return null;
        const placed = joined.range(from, to);
        return placed.start.line === placed.end.line ? placed : null;
      },
    };
  }

  /** A comment or empty line inside a continued instruction, which BuildKit leaves out. */
  private isDropped(start: number, end: number): boolean {
    let i = start;
    while (i < end && isGoSpace(this.text.charCodeAt(i))) i++;
    return i === end || this.text.charCodeAt(i) === 0x23;
  }

  /**
   * Where the kept text of a continued line ends: at the escape character that is its last non-blank,
   * unless another escape character precedes it (scanDockerfile.ts `continuationAt`); -1 otherwise.
   */
  private continuationAt(start: number, end: number): number {
    let i = end;
    while (i > start && (this.text.charCodeAt(i - 1) === 0x20 || this.text.charCodeAt(i - 1) === 0x09)) i--;
    if (i === start || this.text.charCodeAt(i - 1) !== this.escape) return -1;
    const escapeAt = i - 1;
    if (escapeAt > start && this.text.charCodeAt(escapeAt - 1) === this.escape) return -1;
    return escapeAt;
  }
}
