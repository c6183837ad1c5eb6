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
  /** Joined-text offset, line and column where each non-empty piece starts, flattened in threes. */
  private readonly map: number[] = [];
  private readonly empty: Position;

  constructor(source: string, pieces: readonly LinePiece[], whenEmpty: Position) {
    this.empty = whenEmpty;
    let text = "";
    for (const piece of pieces) {
      if (piece.to <= piece.from) continue;
      this.map.push(text.length, piece.line, piece.column);
      text += source.slice(piece.from, piece.to);
    }
    this.text = text;
  }

  /** Where the character at `index` of the joined text sits in the source. */
  position(index: number): Position {
    if (this.map.length === 0) return this.empty;
    if (index >= this.text.length) return this.after(this.text.length - 1);
    const at = this.piece(index);
    return { line: this.map[at + 1] ?? 1, column: (this.map[at + 2] ?? 1) + index - (this.map[at] ?? 0) };
  }

  /** The source range of joined text `[from, to)`; the end is just after the last character. */
  range(from: number, to: number): Range {
    const start = this.position(from);
    return { start, end: to <= from ? start : this.after(to - 1) };
  }

  /** Just after the character at `index`. */
  private after(index: number): Position {
    if (this.map.length === 0) return this.empty;
    const at = this.piece(index);
    return { line: this.map[at + 1] ?? 1, column: (this.map[at + 2] ?? 1) + index - (this.map[at] ?? 0) + 1 };
  }

  /** Offset in `map` of the piece holding `index`, by binary search: thousands of continuation lines stay fast. */
  private piece(index: number): number {
    const map = this.map;
    if (map.length === 3) return 0;
    let low = 0;
    let high = map.length / 3 - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((map[mid * 3] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low * 3;
  }
}
