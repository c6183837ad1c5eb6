// ARG symbols: every `ARG NAME` of a name, and every `$NAME` that reads an ARG, following the scopes
// BuildKit gives them: meta ARGs reach FROM lines (and stages that redeclare them), a stage ARG
// reaches the rest of its stage and the stages built on it, and an ENV of the same name takes over
// until the name is declared again (as walkStageScopes has it).
import type { Analysis } from "../analyze";
import { splitArg } from "../parse/splitArg";
import type { Instruction, Word } from "../parse/types";
import type { DockerfileSource } from "./dockerfileSource";
import { expandableTexts, NAME_NOT_PLACED, type ExpandableText } from "./expandableTexts";
import type { ArgSymbol } from "./symbols";
import type { Range } from "./types";
import { expandedReferences, type NameReference } from "./variableReferences";
import { locateInWord, type Locate } from "./wordPositions";

/** An ARG declaration in effect: where go to definition lands for a use of its name. */
interface Declaration {
  targets: Range[];
}

interface Scope {
  args: Map<string, Declaration>;
  /** Names an ENV set since their last ARG: a use of them reads the ENV. */
  env: Set<string>;
}

/**
 * One symbol per ARG name, in order of first declaration, placed in `source` (the analysis's text);
 * adds every variable name met to `names`.
 */
export function collectArgSymbols(
  analysis: Analysis,
  source: DockerfileSource,
  names: Set<string>,
): ArgSymbol[] {
  const symbols = new Map<string, ArgSymbol>();
  const escapeChar = analysis.parse.escapeChar;
  const lexOptions = { escapeChar };
  const symbolOf = (name: string): ArgSymbol => {
    let symbol = symbols.get(name);
    if (!symbol) symbols.set(name, (symbol = { kind: "arg", name, occurrences: [], unplaced: [] }));
    return symbol;
  };

  const use = (
    scope: Scope,
    reference: NameReference,
    locate: Locate,
    line: number,
    reason = NAME_NOT_PLACED,
  ): void => {
    names.add(reference.name);
    const declaration = scope.env.has(reference.name) ? undefined : scope.args.get(reference.name);
    if (!declaration) return;
    const symbol = symbolOf(reference.name);
    const range = locate(reference.from, reference.to);
    if (!range) symbol.unplaced.push({ line, reason });
    else {
      const { targets } = declaration;
      symbol.occurrences.push({
        symbol,
        range,
        text: reference.name,
        definition: false,
        renamable: true,
        targets,
      });
    }
  };

  const useAll = (scope: Scope, text: ExpandableText): void => {
    for (const reference of text.references) use(scope, reference, text.locate, text.line, text.reason);
  };

  /** `ARG NAME[=default]`: the default reads the scope before the name is declared. */
  const declare = (scope: Scope, word: Word, imports: (name: string) => Range[]): void => {
    const { name, defaultText } = splitArg(word.value);
    if (name === "") return;
    const locate = locateInWord(word, source);
    if (defaultText !== null) {
      for (const reference of expandedReferences(defaultText, lexOptions)) {
        const shifted = {
          ...reference,
          from: reference.from + name.length + 1,
          to: reference.to + name.length + 1,
        };
        use(scope, shifted, locate, word.range.start.line);
      }
    }
    names.add(name);
    const symbol = symbolOf(name);
    const range = locate(0, name.length);
    // `ARG NAME` without a default in a stage brings in the meta ARG's value: it is a second target.
    const targets = [...(range ? [range] : []), ...(defaultText === null ? imports(name) : [])];
    if (range)
      symbol.occurrences.push({ symbol, range, text: name, definition: true, renamable: true, targets });
    else symbol.unplaced.push({ line: word.range.start.line, reason: NAME_NOT_PLACED });
    scope.args.set(name, { targets });
    scope.env.delete(name);
  };

  const meta: Scope = { args: new Map(), env: new Set() };
  for (const instruction of analysis.parse.instructions) {
    if (instruction.keyword === "FROM") break;
    if (instruction.keyword === "ARG") for (const word of instruction.args) declare(meta, word, () => []);
  }
  const metaTargets = (name: string): Range[] => meta.args.get(name)?.targets ?? [];

  const finals: Scope[] = [];
  for (const stage of analysis.stages) {
    for (const text of expandableTexts(stage.from, lexOptions, source)) useAll(meta, text);
    const parent = stage.baseStage !== null ? finals[stage.baseStage] : undefined;
    const scope: Scope = parent
      ? { args: new Map(parent.args), env: new Set(parent.env) }
      : { args: new Map(), env: new Set() };
    for (const instruction of stage.instructions) walk(instruction, scope);
    finals.push(scope);
  }
  return [...symbols.values()];

  function walk(instruction: Instruction, scope: Scope): void {
    if (instruction.keyword === "ARG") {
      for (const word of instruction.args) declare(scope, word, metaTargets);
      return;
    }
    // ENV a=1 b=$a: every value reads the scope before the instruction.
    for (const text of expandableTexts(instruction, lexOptions, source)) useAll(scope, text);
    if (instruction.keyword === "ENV") {
      for (const pair of instruction.pairs ?? []) {
        names.add(pair.key.value);
        scope.env.add(pair.key.value);
      }
    }
  }
}
