import { goQuote } from "../parse/goQuote";
import type { Diagnostic } from "../diagnostics/types";
import { errorAt } from "../diagnostics/errorAt";
import type { Stage } from "../stages/types";
import type { Builder } from "./builtStages";
import { isStageSource, type Edge } from "./types";

/**
 * BuildKit dispatches built stages in file order, so a built stage that copies or mounts from a later
 * stage fails when it runs. Unbuilt stages never run, so their forward references are harmless.
 * The legacy builder knows only the stages before the current one, so it takes a later stage's name
 * in `COPY --from` for an image and fails to pull it.
 */
export function forwardReferences(
  stages: readonly Stage[],
  edges: readonly Edge[],
  builder: Builder = "buildkit",
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const edge of edges) {
    if (edge.kind === "from" || !isStageSource(edge.from) || edge.from <= edge.to) continue;
    const stage = stages[edge.to] as Stage;
    if (!stage.built) continue;
    const message =
      edge.kind === "copy" && builder === "legacy"
        ? legacyCopyMessage(edge.fromText)
        : edge.kind === "copy"
          ? `cannot copy from stage ${goQuote(edge.fromText)}, it needs to be defined before current stage ${goQuote(stage.displayName)}`
          : `cannot mount from stage ${goQuote(edge.fromText)} to ${goQuote(edge.destination ?? "")}, stage needs to be defined before current command`;
    diagnostics.push(errorAt(message, edge.range));
  }
  return diagnostics;
}

// moby's legacy dispatcher (stagesBuildResults.get) knows only the stages already built: a later
// index is out of bounds, and a later name is pulled as an image. The registry's exact words are
// unknown here, so the message says what happens instead.
function legacyCopyMessage(from: string): string {
  const reason = /^[+-]?[0-9]+$/.test(from)
    ? "index out of bounds"
    : `no stage named ${goQuote(from)} is defined before this one, so the legacy builder looks for an image named ${goQuote(from)} and fails to pull it`;
  return `invalid from flag value ${from}: ${reason}`;
}
