import type { Diagnostic } from "../../../diagnostics/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/**
 * NoEmptyContinuation: the parser notices empty lines inside a continuation; BuildKit turns its
 * warnings into this lint at the instruction's last line, under the file's `# check=` only.
 */
export function noEmptyContinuation(parserDiagnostics: readonly Diagnostic[]): Finding[] {
  return parserDiagnostics
    .filter((d) => d.rule === "NoEmptyContinuation")
    .map((d) => ({
      rule: "NoEmptyContinuation" as const,
      message: MESSAGES.NoEmptyContinuation(),
      fix: FIXES.NoEmptyContinuation(),
      range: d.range,
      instruction: null,
    }));
}
