// The order to simulate stages in: every stage after the stages it copies from, mounts or is built
// on (Kahn's algorithm). Stages in a cycle, and stages that depend on them, cannot be ordered and
// are left out, so the rest of the file still gets a result.
import { isStageSource, type Edge } from "../graph/types";
import type { StageIndex } from "../stages/types";

export function stageOrder(
  stages: readonly StageIndex[],
  edges: readonly Edge[],
): { order: StageIndex[]; blocked: StageIndex[] } {
  const members = new Set(stages);
  const deps = new Map<StageIndex, Set<StageIndex>>(stages.map((s) => [s, new Set()]));
  const dependents = new Map<StageIndex, StageIndex[]>(stages.map((s) => [s, []]));
  for (const edge of edges) {
    if (!isStageSource(edge.from) || !members.has(edge.to)) continue;
    const set = deps.get(edge.to) as Set<StageIndex>;
    if (set.has(edge.from)) continue;
    set.add(edge.from);
    // A dependency outside the set (never the case for a consistent `built`) blocks nothing.
    dependents.get(edge.from)?.push(edge.to);
  }
  const remaining = new Map<StageIndex, number>();
  for (const [stage, set] of deps) remaining.set(stage, [...set].filter((d) => members.has(d)).length);
  const ready = stages.filter((s) => remaining.get(s) === 0);
  const order: StageIndex[] = [];
  for (let i = 0; i < ready.length; i++) {
    const stage = ready[i] as StageIndex;
    order.push(stage);
    for (const next of dependents.get(stage) ?? []) {
      const left = (remaining.get(next) as number) - 1;
      remaining.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  const done = new Set(order);
  return { order, blocked: stages.filter((s) => !done.has(s)) };
}
