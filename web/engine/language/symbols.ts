// The stage and ARG names of one analysis and every place each occurs, found once per analysis:
// go to definition, references, highlighting and rename all read the same index.
import type { Analysis } from "../analyze";
import type { Stage } from "../stages/types";
import { collectArgSymbols } from "./argSymbols";
import { collectStageSymbols } from "./stageSymbols";
import type { Position, Range } from "./types";

/** A place the editor knows a symbol occurs but cannot point at exactly, and why. */
export interface UnplacedUse {
  line: number;
  /** Completes "line N names it …", e.g. "through a variable, whose value a rename does not change". */
  reason: string;
}

/** A build stage: its `AS name` (or FROM, when unnamed) and every stage reference to it. */
export interface StageSymbol {
  kind: "stage";
  stage: Stage;
  occurrences: SymbolOccurrence[];
  unplaced: UnplacedUse[];
}

/** Every `ARG NAME` of one name in the file, and the uses that read one of them. */
export interface ArgSymbol {
  kind: "arg";
  name: string;
  occurrences: SymbolOccurrence[];
  unplaced: UnplacedUse[];
}

export type FileSymbol = StageSymbol | ArgSymbol;

export interface SymbolOccurrence {
  symbol: FileSymbol;
  /** The name alone: inside `--from="build"` just `build`, inside `${V:-x}` just `V`. */
  range: Range;
  /** The name as written there (`Build`, `0`, `VERSION`). */
  text: string;
  /** `AS name` or `ARG NAME`; for an unnamed stage, its FROM keyword. */
  definition: boolean;
  /** False for a stage named by its index (`--from=0`): renaming the stage leaves it as it is. */
  renamable: boolean;
  /** Where go to definition goes from here. */
  targets: Range[];
}

export interface SymbolIndex {
  symbols: FileSymbol[];
  /** Every occurrence of every symbol. */
  occurrences: SymbolOccurrence[];
  /** Every variable name the file declares or uses, ARG or not: a renamed ARG must not take one. */
  variableNames: ReadonlySet<string>;
}

const indexes = new WeakMap<Analysis, SymbolIndex>();

/** The symbols of `analysis`, computed on first use. */
export function symbolIndex(analysis: Analysis): SymbolIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = buildIndex(analysis);
    indexes.set(analysis, index);
  }
  return index;
}

function buildIndex(analysis: Analysis): SymbolIndex {
  const variableNames = new Set<string>();
  const symbols: FileSymbol[] = [
    ...collectStageSymbols(analysis),
    ...collectArgSymbols(analysis, variableNames),
  ];
  const occurrences: SymbolOccurrence[] = [];
  for (const symbol of symbols) {
    symbol.occurrences.sort((a, b) => comparePositions(a.range.start, b.range.start));
    occurrences.push(...symbol.occurrences);
  }
  return { symbols, occurrences, variableNames };
}

/** The occurrence under the cursor: the cursor inside the name or just after it. */
export function occurrenceAt(analysis: Analysis, position: Position): SymbolOccurrence | null {
  let touching: SymbolOccurrence | null = null;
  for (const occurrence of symbolIndex(analysis).occurrences) {
    const { start, end } = occurrence.range;
    if (comparePositions(start, position) > 0 || comparePositions(position, end) > 0) continue;
    // Between `$A` and `$B` of `$A$B` the cursor touches both ends; the name it is in wins.
    if (comparePositions(position, end) < 0) return occurrence;
    touching ??= occurrence;
  }
  return touching;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** A key for a range, to find the same place met twice (an ONBUILD trigger runs in every child). */
export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}
