// Renaming a stage or an ARG everywhere it occurs, or saying in a sentence why not. The sentences are
// plain text (the editor shows them as they are).
import type { Analysis } from "../analyze";
import { isStageSource } from "../graph/types";
import {
  occurrenceAt,
  symbolIndex,
  type FileSymbol,
  type StageSymbol,
  type SymbolOccurrence,
} from "./symbols";
import type { Position, RenameResult, RenameTarget } from "./types";

// BuildKit's stage-name rule (stages/stageName.ts), after lower-casing.
const STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_STAGE_NAMES = new Set(["scratch", "context"]);

/**
 * The name a rename would start from, null where there is no stage or ARG name, or why it cannot be
 * renamed from here: a stage named by its index (`--from=0`), an unnamed stage, or a symbol the
 * editor cannot point at everywhere (`FROM $VAR`, a `<<-` heredoc body, a line break inside the name).
 */
export function renameTargetAt(analysis: Analysis, source: string, position: Position): RenameTarget | null {
  const found = occurrenceAt(analysis, source, position);
  if (!found) return null;
  return rejection(found) ?? { range: found.range, text: found.text };
}

function rejection(found: SymbolOccurrence): { rejected: string } | null {
  const { symbol } = found;
  if (symbol.kind === "stage" && symbol.stage.name === null) {
    return {
      rejected: "This stage has no name to rename. Give it one with AS name at the end of its FROM line.",
    };
  }
  if (!found.renamable) {
    return {
      rejected: `--from=${found.text} names the stage by its position, which a rename does not change. Rename the stage at its AS name.`,
    };
  }
  const unplaced = symbol.unplaced[0];
  if (unplaced) {
    return {
      rejected: `${describe(symbol)} cannot be renamed safely: line ${unplaced.line} names it ${unplaced.reason}. Rename it by hand.`,
    };
  }
  return null;
}

function describe(symbol: FileSymbol): string {
  return symbol.kind === "stage" ? `The stage "${symbol.stage.displayName}"` : `The ARG ${symbol.name}`;
}

/** The edits that rename the symbol under the cursor to `newName`, or why they cannot be made. */
export function renameAt(
  analysis: Analysis,
  source: string,
  position: Position,
  newName: string,
): RenameResult {
  const found = occurrenceAt(analysis, source, position);
  if (!found) return { rejected: "There is no stage or ARG name here to rename." };
  const refused = rejection(found);
  if (refused) return refused;
  const { symbol } = found;
  const name = symbol.kind === "stage" ? newName.toLowerCase() : newName;
  const invalid =
    symbol.kind === "stage"
      ? invalidStageName(analysis, symbol, name)
      : invalidArgName(analysis, symbolIndex(analysis, source).variableNames, symbol.name, name);
  if (invalid) return { rejected: invalid };
  const edits = symbol.occurrences.filter((o) => o.renamable).map((o) => ({ range: o.range, text: name }));
  const from = symbol.kind === "stage" ? (symbol.stage.name ?? symbol.stage.displayName) : symbol.name;
  return { edits, renamed: { kind: symbol.kind, from, to: name } };
}

function invalidStageName(analysis: Analysis, symbol: StageSymbol, name: string): string | null {
  if (name === "") return "A stage name cannot be empty.";
  if (!STAGE_NAME.test(name)) {
    return `"${name}" is not a valid stage name: it must start with a letter and contain only letters, digits, "-", "_" and ".".`;
  }
  if (RESERVED_STAGE_NAMES.has(name)) {
    return name === "scratch"
      ? `"scratch" is the empty base image, so a stage cannot take that name.`
      : `"context" is a name BuildKit reserves, so a stage cannot take it.`;
  }
  const index = symbol.stage.index;
  const other = analysis.stages.find((s) => s.name === name && s.index !== index);
  if (other) return `The stage on line ${other.line} is already named "${name}".`;
  // A stage by an image's name would replace that image wherever the file names it after the stage
  // (FROM only sees earlier stages; COPY --from and from= see all of them).
  const image = analysis.edges.find((e) => !isStageSource(e.from) && e.fromText.toLowerCase() === name);
  const base = analysis.stages.find((s) => s.index > index && s.baseStage === null && s.base === name);
  const line = base?.line ?? image?.line;
  if (line !== undefined) {
    return `Line ${line} uses the image "${name}": a stage by that name would take its place there.`;
  }
  return null;
}

function invalidArgName(
  analysis: Analysis,
  variableNames: ReadonlySet<string>,
  current: string,
  name: string,
): string | null {
  if (!VARIABLE_NAME.test(name)) {
    return `"${name}" is not a valid ARG name: use letters, digits and "_", and do not start with a digit.`;
  }
  if (name === current) return null;
  if (analysis.globalArgs.has(name) && !analysis.metaArgs.some((arg) => arg.name === name)) {
    return `${name} is an ARG the builder sets itself; pick another name.`;
  }
  if (variableNames.has(name)) {
    return `This file already uses a variable named ${name}; renaming to it would mix the two up.`;
  }
  return null;
}
