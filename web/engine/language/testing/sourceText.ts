// Test helpers: positions by the text at them, ranges shown as the text they cover, edits applied.
import type { Position, Range, TextEdit } from "../types";

/** The position of the `nth` (0-based) occurrence of `needle` in `source`, moved `offset` characters in. */
export function positionOf(source: string, needle: string, nth = 0, offset = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return positionAt(source, at + offset);
}

function positionAt(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

function offsetAt(source: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) offset = source.indexOf("\n", offset) + 1;
  return offset + position.column - 1;
}

/** Each range as `line:column text`, the text it covers, so a test reads what the editor would mark. */
export function show(source: string, ranges: readonly Range[]): string[] {
  return ranges.map(
    (r) =>
      `${r.start.line}:${r.start.column} ${source.slice(offsetAt(source, r.start), offsetAt(source, r.end))}`,
  );
}

/** The source after the edits (which never overlap). */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(source, b.range.start) - offsetAt(source, a.range.start));
  let text = source;
  for (const edit of sorted) {
    text =
      text.slice(0, offsetAt(text, edit.range.start)) +
      edit.text +
      text.slice(offsetAt(text, edit.range.end));
  }
  return text;
}
