import { goQuote } from "../parse/goQuote";
import type { Diagnostic } from "../diagnostics/types";
import { errorAt } from "../stages/buildStages";
import type { Stage } from "../stages/types";
import { isStageSource, type Edge } from "./types";

/**
 * BuildKit dispatches built stages in file order, so a built stage that copies or mounts from a later
 * stage fails when it runs. Unbuilt stages never run, so their forward references are harmless.
 */
export function forwardReferences(stages: readonly Stage[], edges: readonly Edge[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const edge of edges) {
    if (edge.kind === "from" || !isStageSource(edge.from) || edge.from <= edge.to) continue;
    const stage = stages[edge.to] as Stage;
    if (!stage.built) continue;
    const message =
      edge.kind === "copy"
        ? `cannot copy from stage ${goQuote(edge.fromText)}, it needs to be defined before current stage ${goQuote(stage.displayName)}`
        : `cannot mount from stage ${goQuote(edge.fromText)} to ${goQuote(edge.destination ?? "")}, stage needs to be defined before current command`;
    diagnostics.push(errorAt(message, edge.range));
  }
  return diagnostics;
}
