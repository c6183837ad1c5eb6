// What a rebuild reuses. BuildKit reuses a step when its cache key (parent key, instruction, copied
// content) matches one it has; a changed step changes the keys of every step after it in its stage.
import type { Simulation, Step } from "./types";

export interface BuildComparison {
  /** Steps of `after` whose result the first build already has. */
  reused: Step[];
  /** Steps of `after` that run again, each with its first cause. */
  rerun: { step: Step; because: string }[];
}

/** The cache keys a build leaves behind, to pass as `previousCacheKeys` to the next one. */
export function cacheKeysOf(simulation: Simulation): string[] {
  return simulation.steps.map((step) => step.cacheKey);
}

/** Which steps of `after` reuse `before`'s cache and which re-run (and why). */
export function compareBuilds(before: Simulation, after: Simulation): BuildComparison {
  const keys = new Set(cacheKeysOf(before));
  const byId = new Map(after.steps.map((step) => [step.id, step]));
  const comparison: BuildComparison = { reused: [], rerun: [] };
  for (const step of after.steps) {
    if (keys.has(step.cacheKey)) {
      comparison.reused.push(step);
      continue;
    }
    const invalidated = step.after
      .map((id) => byId.get(id))
      .find((dependency) => dependency !== undefined && !keys.has(dependency.cacheKey));
    comparison.rerun.push({
      step,
      because: invalidated
        ? `it comes after line ${invalidated.line} (${invalidated.text}), which re-runs`
        : `line ${step.line} or the files it copies changed`,
    });
  }
  return comparison;
}
