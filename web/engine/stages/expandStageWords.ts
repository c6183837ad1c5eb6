import type { Diagnostic } from "../diagnostics/types";
import type { ExpandResult } from "../expand/types";
import { checkRunMounts } from "../graph/checkRunMounts";
import type { Edge } from "../graph/types";
import type { Instruction } from "../parse/types";
import { errorAt } from "../diagnostics/errorAt";
import { instructionWords } from "./instructionWords";
import type { ScopeVisitor } from "./walkStageScopes";

/**
 * A scope visitor that (1) expands each COPY/mount edge's paths with the variables in effect at its
 * instruction, for every stage, and (2) reports words that fail to expand, and RUN --mount values
 * BuildKit rejects, for built stages only, since BuildKit does both when it dispatches the stage.
 */
export function expandStageWords(edges: readonly Edge[], diagnostics: Diagnostic[]): ScopeVisitor {
  const edgesByInstruction = new Map<Instruction, Edge[]>();
  for (const edge of edges) {
    if (edge.kind === "from" || edge.onbuild) continue;
    const list = edgesByInstruction.get(edge.instruction);
    if (list) list.push(edge);
    else edgesByInstruction.set(edge.instruction, [edge]);
  }
  return (stage, instruction, _scope, expand) => {
    for (const edge of edgesByInstruction.get(instruction) ?? []) {
      edge.paths = edge.paths.map((text) => valueOf(text, expand));
      if (edge.destination !== null) edge.destination = valueOf(edge.destination, expand);
    }
    if (!stage.built) return;
    // RUN's only expanded words are its mount values, which parseMount checks as it expands them.
    const error =
      instruction.keyword === "RUN"
        ? checkRunMounts(instruction, expand)
        : expansionError(instruction, expand);
    if (error) diagnostics.push(errorAt(error.message, error.range));
  };
}

/** The expanded text, or the text itself when it fails to expand. */
function valueOf(text: string, expand: (text: string) => ExpandResult): string {
  const result = expand(text);
  return result.error ? text : result.value;
}

// BuildKit stops at the first failing word of an instruction.
function expansionError(
  instruction: Instruction,
  expand: (text: string) => ExpandResult,
): { message: string; range: Diagnostic["range"] } | null {
  for (const word of instructionWords(instruction)) {
    const result = expand(word.text);
    if (result.error) return { message: result.error.message, range: word.range };
  }
  return null;
}
