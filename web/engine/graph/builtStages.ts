import type { Stage, StageIndex } from "../stages/types";
import { isStageSource, type Edge } from "./types";

/** The builder that runs the stages: BuildKit (only what the target needs) or the legacy builder (all, in order). */
export type Builder = "buildkit" | "legacy";

/**
 * The stages a build of `target` runs, in file order. BuildKit: the target plus everything reachable
 * through FROM, COPY --from, mount from= and ONBUILD edges. Legacy builder: every stage up to the target.
 */
export function builtStages(
  stages: readonly Stage[],
  edges: readonly Edge[],
  target: StageIndex | null,
  builder: Builder,
): StageIndex[] {
  if (target === null) return [];
  if (builder === "legacy") return stages.filter((s) => s.index <= target).map((s) => s.index);
  const deps: StageIndex[][] = stages.map(() => []);
  for (const edge of edges) if (isStageSource(edge.from)) deps[edge.to]?.push(edge.from);
  const reached = new Set<StageIndex>([target]);
  const stack = [target];
  while (stack.length > 0) {
    for (const dep of deps[stack.pop() as StageIndex] ?? []) {
      if (!reached.has(dep)) {
        reached.add(dep);
        stack.push(dep);
      }
    }
  }
  return stages.filter((s) => reached.has(s.index)).map((s) => s.index);
}
