import type { Stage } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

const RESERVED = new Set(["context", "scratch"]);

/**
 * ReservedStageName and DuplicateStageName (after parsing), as validateStageNames checks them:
 * a stage named `scratch` or `context`, and a (lower-cased) name an earlier stage already has.
 */
export function stageNames(stages: readonly Stage[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const stage of stages) {
    if (stage.name === null) continue;
    const at = { range: stage.from.range, instruction: stage.from };
    if (RESERVED.has(stage.name)) {
      findings.push({
        rule: "ReservedStageName",
        message: MESSAGES.ReservedStageName(stage.name),
        fix: FIXES.ReservedStageName(stage.name),
        ...at,
      });
    }
    if (seen.has(stage.name)) {
      findings.push({
        rule: "DuplicateStageName",
        message: MESSAGES.DuplicateStageName(stage.name),
        fix: FIXES.DuplicateStageName(stage.name),
        ...at,
      });
    }
    seen.add(stage.name);
  }
  return findings;
}
