// Go to definition, find references and highlighting for stage and ARG names. Each takes the analysis
// and the text it is of, which places names typed inside words joined from continuation lines.
import type { Analysis } from "../analyze";
import { occurrenceAt } from "./symbols";
import type { Occurrence, Position, Range } from "./types";

export { renameAt, renameTargetAt } from "./rename";

/**
 * Where the name under the cursor is defined: a stage's `AS name` (its FROM line when unnamed), or
 * the ARG declaration in effect there (and the meta ARG it brings in). Empty for an external image.
 */
export function definitionAt(analysis: Analysis, source: string, position: Position): Range[] {
  return occurrenceAt(analysis, source, position)?.targets ?? [];
}

/** Every place the stage or ARG under the cursor occurs, numeric `--from=N` included, in file order. */
export function referencesAt(
  analysis: Analysis,
  source: string,
  position: Position,
  includeDefinition: boolean,
): Range[] {
  const found = occurrenceAt(analysis, source, position);
  if (!found) return [];
  return found.symbol.occurrences.filter((o) => includeDefinition || !o.definition).map((o) => o.range);
}

/** The occurrences of the symbol under the cursor, for highlighting; definitions marked. */
export function occurrencesAt(analysis: Analysis, source: string, position: Position): Occurrence[] {
  const found = occurrenceAt(analysis, source, position);
  if (!found) return [];
  return found.symbol.occurrences.map((o) => ({ range: o.range, definition: o.definition }));
}
