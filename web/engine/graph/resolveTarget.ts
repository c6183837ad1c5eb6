import { goQuote } from "../parse/goQuote";
import { levenshtein } from "../parse/suggest";
import type { Diagnostic } from "../diagnostics/types";
import { errorAt, fileStartRange } from "../diagnostics/errorAt";
import type { Stage, StageIndex } from "../stages/types";

/** The stage to build: `--target` matched case-insensitively (the last stage of that name), else the last stage. */
export function resolveTarget(
  stages: readonly Stage[],
  target: string | null,
): { target: StageIndex | null; diagnostic: Diagnostic | null } {
  if (stages.length === 0) return { target: null, diagnostic: null };
  if (!target) return { target: (stages[stages.length - 1] as Stage).index, diagnostic: null };
  const wanted = target.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i] as Stage;
    if (stage.name === wanted) return { target: stage.index, diagnostic: null };
  }
  // No place in the file is to blame; the start of the file keeps the marker visible.
  const match = closestName(
    target,
    stages.map((s) => s.displayName),
  );
  const hint = match ? ` (did you mean ${match}?)` : "";
  return {
    target: null,
    diagnostic: errorAt(`target stage ${goQuote(target)} could not be found${hint}`, fileStartRange()),
  };
}

// BuildKit's suggest.WrapError for targets: case-sensitive, the closest name within distance 2.
function closestName(value: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = levenshtein(value, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance === 0 ? null : best;
}
