// Fixes edit the text the learner sees, so they work on offsets into that text and turn them back
// into the editor's positions (1-based lines and columns, UTF-16) only when an edit is made.
import type { Position, Range } from "../types";
import type { TextEdit } from "../types";

/** The source with its line starts, to move between offsets and positions. */
export class SourceText {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.starts.push(i + 1);
  }

  offsetAt(position: Position): number {
    const start = this.starts[position.line - 1] ?? this.text.length;
    return Math.min(start + position.column - 1, this.text.length);
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }

  slice(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Line `line` (1-based) without its line break. */
  line(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }

  /** Replaces `[from, to)` (offsets) with `text`. */
  edit(from: number, to: number, text: string): TextEdit {
    return { range: { start: this.positionAt(from), end: this.positionAt(to) }, text };
  }

  /** Removes the whole lines a range touches, line break included. */
  deleteLines(range: Range): TextEdit {
    const from = this.offsetAt({ line: range.start.line, column: 1 });
    const next = this.starts[range.end.line];
    return this.edit(from, next === undefined ? this.text.length : next, "");
  }
}
