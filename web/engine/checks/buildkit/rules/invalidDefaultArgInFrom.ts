import { lexWord } from "../../../expand/lexWord";
import { parseImageReference } from "../../../stages/imageReference";
import type { Stage } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/**
 * InvalidDefaultArgInFrom (after parsing): with the meta ARGs at their defaults (no `--build-arg`),
 * a FROM image expands to an empty or invalid reference. `defaults` is null when a default itself
 * fails to expand; BuildKit then skips the check, as it does after the first word that fails.
 */
export function invalidDefaultArgInFrom(
  stages: readonly Stage[],
  defaults: ReadonlyMap<string, string> | null,
  escapeChar: "\\" | "`",
): Finding[] {
  if (!defaults) return [];
  const findings: Finding[] = [];
  for (const stage of stages) {
    const expanded = lexWord(stage.baseText, defaults, { escapeChar });
    if (expanded.error) break;
    if (parseImageReference(expanded.value).ok) continue;
    findings.push({
      rule: "InvalidDefaultArgInFrom",
      message: MESSAGES.InvalidDefaultArgInFrom(stage.baseText),
      fix: FIXES.InvalidDefaultArgInFrom(),
      range: stage.from.range,
      instruction: stage.from,
    });
  }
  return findings;
}
