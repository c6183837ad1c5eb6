// Stage symbols: each stage's `AS name`, and the FROM, COPY --from and RUN --mount from= that name
// it, found through the graph's edges so a reference means what the graph says it means.
import type { Analysis } from "../analyze";
import { findFlag, findFlags } from "../parse/findFlag";
import type { Flag } from "../parse/types";
import { isStageSource, type Edge } from "../graph/types";
import type { DockerfileSource } from "./dockerfileSource";
import { NAME_NOT_PLACED } from "./expandableTexts";
import { rangeKey, type StageSymbol } from "./symbols";
import type { Range } from "./types";
import { locateInFlagValue, locateInWord } from "./wordPositions";

const NUMERIC = /^[+-]?[0-9]+$/;

/** One symbol per stage, in file order, with its references placed in `source` (the analysis's text). */
export function collectStageSymbols(analysis: Analysis, source: DockerfileSource): StageSymbol[] {
  const symbols = analysis.stages.map((stage): StageSymbol => {
    const symbol: StageSymbol = { kind: "stage", stage, occurrences: [], unplaced: [] };
    const nameWord = stage.name !== null ? stage.from.args[2] : undefined;
    // An unnamed stage is defined by its FROM line: go to definition from `--from=0` lands there.
    const range = nameWord
      ? locateInWord(nameWord, source)(0, nameWord.value.length)
      : stage.from.keywordRange;
    const text = nameWord ? nameWord.value : stage.from.keywordRaw;
    if (range) {
      const renamable = nameWord !== undefined;
      symbol.occurrences.push({ symbol, range, text, definition: true, renamable, targets: [range] });
    } else symbol.unplaced.push({ line: stage.line, reason: NAME_NOT_PLACED });
    return symbol;
  });

  const seen = new Set<string>();
  for (const edge of analysis.edges) {
    if (!isStageSource(edge.from)) continue;
    const symbol = symbols[edge.from] as StageSymbol;
    const targets = symbol.occurrences.filter((o) => o.definition).map((o) => o.range);
    for (const place of placesOf(edge, symbol.stage.name ?? "", source)) {
      if (place.range === null) {
        symbol.unplaced.push({ line: edge.line, reason: place.reason });
        continue;
      }
      const key = rangeKey(place.range);
      if (seen.has(key)) continue;
      seen.add(key);
      symbol.occurrences.push({
        symbol,
        range: place.range,
        text: edge.fromText,
        definition: false,
        renamable: !NUMERIC.test(edge.fromText),
        targets,
      });
    }
  }
  return symbols;
}

interface Place {
  range: Range | null;
  reason: string;
}

/** Where the edge's stage name is written: the name alone, without `--from=`, `from=` or quotes. */
function placesOf(edge: Edge, stageName: string, source: DockerfileSource): Place[] {
  if (edge.kind === "from") {
    const word = edge.instruction.args[0];
    if (!word) return [];
    const span = nameSpan(word.value, stageName);
    // `FROM $BASE` can resolve to a stage; renaming the stage would not change the variable's value.
    if (!span) return [{ range: null, reason: "through a variable, whose value a rename does not change" }];
    return [{ range: locateInWord(word, source)(span.from, span.to), reason: NAME_NOT_PLACED }];
  }
  if (edge.kind === "copy") {
    const flag = findFlag(edge.instruction, "from");
    if (!flag || flag.value === null) return [];
    return [{ range: locateInFlagValue(flag, source)(0, flag.value.length), reason: NAME_NOT_PLACED }];
  }
  // The mount a non-ONBUILD edge comes from is the flag at its range; an ONBUILD edge points at the
  // child's FROM, so every mount of the trigger naming the same stage is taken (seen twice, kept once).
  const mounts = findFlags(edge.instruction, "mount").filter(
    (flag) => edge.onbuild || rangeKey(flag.range) === rangeKey(edge.range),
  );
  const places: Place[] = [];
  for (const flag of mounts) {
    const span = mountFromSpan(flag);
    if (span === null || span.text !== edge.fromText) continue;
    places.push({ range: locateInFlagValue(flag, source)(span.from, span.to), reason: NAME_NOT_PLACED });
  }
  return places.length > 0 ? places : [{ range: null, reason: NAME_NOT_PLACED }];
}

/** `build` in the word `build` or `"build"`, as offsets; null when the word is something else. */
function nameSpan(word: string, name: string): { from: number; to: number } | null {
  if (word === name) return { from: 0, to: word.length };
  const quote = word[0];
  if ((quote === '"' || quote === "'") && word === quote + name + quote)
    return { from: 1, to: word.length - 1 };
  return null;
}

/**
 * The value of the last `from=` field of a mount (the one BuildKit uses), as offsets in the flag's
 * value; fields are comma-separated and may be wrapped in double quotes (CSV).
 */
export function mountFromSpan(flag: Flag): { from: number; to: number; text: string } | null {
  const text = flag.value ?? "";
  let found: { from: number; to: number; text: string } | null = null;
  let i = 0;
  for (;;) {
    let fieldFrom = i;
    let fieldTo: number;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      // A doubled quote inside the field would shift every offset after it.
      if (close < 0 || text[close + 1] === '"') return found;
      fieldFrom = i + 1;
      fieldTo = close;
      i = close + 1;
    } else {
      const comma = text.indexOf(",", i);
      fieldTo = comma < 0 ? text.length : comma;
      i = fieldTo;
    }
    const field = text.slice(fieldFrom, fieldTo);
    const equals = field.indexOf("=");
    if (equals >= 0 && field.slice(0, equals).toLowerCase() === "from") {
      found = { from: fieldFrom + equals + 1, to: fieldTo, text: field.slice(equals + 1) };
    }
    if (i >= text.length) return found;
    i++;
  }
}
