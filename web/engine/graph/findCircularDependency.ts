import type { Diagnostic } from "../diagnostics/types";
import { errorAt } from "../diagnostics/errorAt";
import type { Stage } from "../stages/types";
import { isStageSource, type Edge } from "./types";

/**
 * BuildKit's validateCircularDependency: a depth-first search over COPY/mount dependencies of ALL
 * stages (built or not, FROM and ONBUILD edges excluded). Like BuildKit it reports only the first
 * cycle found, naming the stage the search started from, located at that stage's first edge on the path.
 */
export function findCircularDependency(stages: readonly Stage[], edges: readonly Edge[]): Diagnostic | null {
  const deps: Edge[][] = stages.map(() => []);
  for (const edge of edges) {
    if (edge.kind !== "from" && !edge.onbuild && isStageSource(edge.from)) deps[edge.to]?.push(edge);
  }
  const visited = new Set<number>();
  const onPath = new Set<number>();
  // Iterative DFS so a long chain of stages cannot overflow the call stack.
  const visit = (root: number): Edge[] | null => {
    const stack: { stage: number; next: number; via: Edge | null }[] = [{ stage: root, next: 0, via: null }];
    visited.add(root);
    onPath.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { stage: number; next: number; via: Edge | null };
      const list = deps[top.stage] as Edge[];
      if (top.next >= list.length) {
        onPath.delete(top.stage);
        stack.pop();
        continue;
      }
      const edge = list[top.next++] as Edge;
      const dep = edge.from as number;
      if (onPath.has(dep)) return [...stack.slice(1).map((f) => f.via as Edge), edge];
      if (visited.has(dep)) continue;
      visited.add(dep);
      onPath.add(dep);
      stack.push({ stage: dep, next: 0, via: edge });
    }
    return null;
  };
  for (const stage of stages) {
    if (visited.has(stage.index)) continue;
    const path = visit(stage.index);
    if (path) {
      const first = path[0] as Edge;
      return errorAt(`circular dependency detected on stage: ${stage.displayName}`, first.range);
    }
  }
  return null;
}
