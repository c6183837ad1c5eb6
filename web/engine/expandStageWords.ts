import type { Diagnostic } from "./diagnostics/types";
import type { Edge } from "./graph/types";
import type { Instruction } from "./parse/types";
import { errorAt } from "./stages/buildStages";
import { instructionWords } from "./stages/instructionWords";
import type { ScopeVisitor } from "./stages/walkStageScopes";

/**
 * A scope visitor that (1) expands each COPY/mount edge's paths with the variables in effect at its
 * instruction, for every stage, and (2) reports words that fail to expand, for built stages only,
 * since BuildKit expands them when it dispatches the stage.
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
    const valueOf = (text: string) => {
      const result = expand(text);
      return result.error ? text : result.value;
    };
    for (const edge of edgesByInstruction.get(instruction) ?? []) {
      edge.paths = edge.paths.map(valueOf);
      if (edge.destination !== null) edge.destination = valueOf(edge.destination);
    }
    if (!stage.built) return;
    // BuildKit stops at the first failing word of an instruction.
    for (const word of instructionWords(instruction)) {
      const result = expand(word.text);
      if (result.error) {
        diagnostics.push(errorAt(result.error.message, word.range));
        break;
      }
    }
  };
}
