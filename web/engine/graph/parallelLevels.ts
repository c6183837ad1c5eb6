import type { StageIndex } from "../stages/types";
import type { Builder } from "./builtStages";
import { isStageSource, type Edge } from "./types";

/**
 * Groups the built stages into levels that can run at the same time: a stage's level is one more
 * than the deepest stage it depends on. BuildKit's solver runs independent work concurrently; the
 * legacy builder runs one stage after another, so each of its stages is a level of its own.
 * Edges that close a cycle are ignored so a broken file still gets levels.
 */
export function parallelLevels(
  built: readonly StageIndex[],
  edges: readonly Edge[],
  builder: Builder,
): StageIndex[][] {
  if (builder === "legacy") return built.map((index) => [index]);
  const inBuild = new Set(built);
  const deps = new Map<StageIndex, StageIndex[]>(built.map((i) => [i, []]));
  for (const edge of edges) {
    if (isStageSource(edge.from) && inBuild.has(edge.from) && inBuild.has(edge.to) && edge.from !== edge.to) {
      deps.get(edge.to)?.push(edge.from);
    }
  }
  const level = new Map<StageIndex, number>();
  const state = new Map<StageIndex, "open" | "done">();
  for (const root of built) {
    if (state.has(root)) continue;
    const stack: { stage: StageIndex; next: number }[] = [{ stage: root, next: 0 }];
    state.set(root, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { stage: StageIndex; next: number };
      const list = deps.get(top.stage) as StageIndex[];
      if (top.next < list.length) {
        const dep = list[top.next++] as StageIndex;
        if (!state.has(dep)) {
          state.set(dep, "open");
          stack.push({ stage: dep, next: 0 });
        }
        continue;
      }
      let depth = 0;
      for (const dep of list)
        if (state.get(dep) === "done") depth = Math.max(depth, (level.get(dep) as number) + 1);
      level.set(top.stage, depth);
      state.set(top.stage, "done");
      stack.pop();
    }
  }
  const levels: StageIndex[][] = [];
  for (const index of built) {
    const l = level.get(index) as number;
    while (levels.length <= l) levels.push([]);
    (levels[l] as StageIndex[]).push(index);
  }
  return levels;
}
