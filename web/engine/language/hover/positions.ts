// Position arithmetic over the engine's ranges: 1-based lines and UTF-16 columns, `end` exclusive.
import type { Instruction } from "../../parse/types";
import type { Position, Range } from "../types";

/** Whether `position` is inside `range` (its end excluded). */
export function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && before(position, range.end);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** Whether two ranges cover the same text. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.column === b.start.column &&
    a.end.line === b.end.line &&
    a.end.column === b.end.column
  );
}

/** The range of `length` characters from `offset` of text that starts at `start` on one line. */
export function rangeOnLine(start: Position, offset: number, length: number): Range {
  const column = start.column + offset;
  return { start: { line: start.line, column }, end: { line: start.line, column: column + length } };
}

/**
 * Where `position` falls in text written on one line from `range.start`, as an offset into it; null
 * when the text does not sit on one line exactly as written (a word joined over continuation lines).
 */
export function offsetIn(range: Range, textLength: number, position: Position): number | null {
  if (range.start.line !== range.end.line || range.end.column - range.start.column !== textLength)
    return null;
  if (position.line !== range.start.line) return null;
  return position.column - range.start.column;
}

/** The instruction whose text holds `position` (instructions are in file order and never overlap). */
export function instructionAt(instructions: readonly Instruction[], position: Position): Instruction | null {
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const instruction = instructions[middle] as Instruction;
    if (before(position, instruction.range.start)) high = middle - 1;
    else if (!before(position, instruction.range.end)) low = middle + 1;
    else return instruction;
  }
  return null;
}
