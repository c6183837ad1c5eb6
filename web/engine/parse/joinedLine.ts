import type { Position, Range } from "../diagnostics/types";

/** One piece of source text copied into a joined instruction line. */
export interface LinePiece {
  /** Offset of the piece in the source. */
  from: number;
  to: number;
  /** 1-based line and column of `from`. */
  line: number;
  column: number;
}

/**
 * An instruction after its continuation lines are joined, with a map back to the source.
 * Arguments are found in the joined text, but editors need the line and column they were typed at,
 * which may be several lines below the keyword.
 */
export class JoinedLine {
  readonly text: string;
  private readonly offsets: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private readonly empty: Position;

  constructor(source: string, pieces: readonly LinePiece[], whenEmpty: Position) {
    const parts: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      if (piece.to <= piece.from) continue;
      this.offsets.push(length);
      this.lines.push(piece.line);
      this.columns.push(piece.column);
      parts.push(source.slice(piece.from, piece.to));
      length += piece.to - piece.from;
    }
    this.text = parts.length === 1 ? (parts[0] ?? "") : parts.join("");
    this.empty = whenEmpty;
  }

  /** Where the character at `index` of the joined text sits in the source. */
  position(index: number): Position {
    if (this.offsets.length === 0) return this.empty;
    if (this.offsets.length === 1 && index < this.text.length) {
      return { line: this.lines[0] ?? 1, column: (this.columns[0] ?? 1) + index };
    }
    if (index >= this.text.length) {
      const last = this.position(this.text.length - 1);
      return { line: last.line, column: last.column + 1 };
    }
    // Binary search: an instruction with thousands of continuation lines stays linear overall.
    let low = 0;
    let high = this.offsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.offsets[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return {
      line: this.lines[low] ?? 1,
      column: (this.columns[low] ?? 1) + index - (this.offsets[low] ?? 0),
    };
  }

  /** The source range of joined text `[from, to)`; the end is just after the last character. */
  range(from: number, to: number): Range {
    const start = this.position(from);
    if (to <= from) return { start, end: start };
    const last = this.position(to - 1);
    return { start, end: { line: last.line, column: last.column + 1 } };
  }
}
