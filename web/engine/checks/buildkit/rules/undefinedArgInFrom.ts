import type { Stage } from "../../../stages/types";
import { closestName } from "../closestName";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";
import { platformFlag, processWithMatches } from "./platformFlag";

/**
 * UndefinedArgInFrom (after parsing): a variable in a FROM image or `--platform` that is neither a
 * meta ARG (declared with or without a value) nor an automatic ARG.
 */
export function undefinedArgInFrom(
  stages: readonly Stage[],
  globalArgs: ReadonlyMap<string, string>,
  metaArgNames: readonly string[],
  escapeChar: "\\" | "`",
): Finding[] {
  const known = new Set([...metaArgNames, ...globalArgs.keys()]);
  const findings: Finding[] = [];
  for (const stage of stages) {
    const texts = [stage.baseText, platformFlag(stage)?.value].filter((t): t is string => !!t);
    for (const text of texts) {
      for (const name of processWithMatches(text, globalArgs, escapeChar).unmatched) {
        if (known.has(name)) continue;
        const suggestion = closestName(name, known);
        findings.push({
          rule: "UndefinedArgInFrom",
          message: MESSAGES.UndefinedArgInFrom(name, suggestion),
          fix: FIXES.UndefinedArgInFrom(name, suggestion),
          range: stage.from.range,
          instruction: stage.from,
        });
      }
    }
  }
  return findings;
}
