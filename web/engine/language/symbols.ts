// The stage and ARG names of one analysis and every place each occurs, found once per analysis:
// go to definition, references, highlighting and rename all read the same index.
import type { Analysis } from "../analyze";
import type { Stage } from "../stages/types";
import { collectArgSymbols } from "./argSymbols";
import { DockerfileSource } from "./dockerfileSource";
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

// An analysis is of one text and never changes, so its index is kept with it.
const indexes = new WeakMap<Analysis, { source: string; index: SymbolIndex }>();

/** The symbols of `analysis`, the analysis of `source`, computed on first use. */
export function symbolIndex(analysis: Analysis, source: string): SymbolIndex {
  let cached = indexes.get(analysis);
  if (cached?.source !== source) {
    cached = { source, index: buildIndex(analysis, source) };
    indexes.set(analysis, cached);
  }
  return cached.index;
}

function buildIndex(analysis: Analysis, text: string): SymbolIndex {
  const variableNames = new Set<string>();
  // The parser keeps words as joined text; the source says on which line each character was typed.
  const source = new DockerfileSource(text, analysis.parse.escapeChar);
  const symbols: FileSymbol[] = [
    ...collectStageSymbols(analysis, source),
    ...collectArgSymbols(analysis, source, variableNames),
  ];
  const occurrences: SymbolOccurrence[] = [];
  for (const symbol of symbols) {
    symbol.occurrences.sort((a, b) => comparePositions(a.range.start, b.range.start));
    occurrences.push(...symbol.occurrences);
  }
  return { symbols, occurrences, variableNames };
}

/** The occurrence under the cursor: the cursor inside the name or just after it. */
export function occurrenceAt(
  analysis: Analysis,
  source: string,
  position: Position,
): SymbolOccurrence | null {
  let touching: SymbolOccurrence | null = null;
  for (const occurrence of symbolIndex(analysis, source).occurrences) {
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
