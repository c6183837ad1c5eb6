import type { Stage, StageIndex } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

/**
 * WorkdirRelativePath (dispatch): the first WORKDIR of a stage and the stages it is built on is
 * relative. A WORKDIR the base image sets does not count: it may change with the image.
 */
export function workdirRelativePath(stages: readonly Stage[]): DispatchRule {
  const workdirSet = new Map<StageIndex, boolean>();
  const inherited = (stage: Stage): boolean => {
    const known = workdirSet.get(stage.index);
    if (known !== undefined) return known;
    return stage.baseStage !== null && inherited(stages[stage.baseStage] as Stage);
  };
  return ({ stage, instruction, expand }, findings) => {
    if (instruction.keyword !== "WORKDIR" || instruction.args.length === 0) return;
    const expanded = expand((instruction.args[0] as { value: string }).value);
    if (expanded.error) return;
    if (!inherited(stage) && !expanded.value.startsWith("/")) {
      findings.push({
        rule: "WorkdirRelativePath",
        message: MESSAGES.WorkdirRelativePath(expanded.value),
        fix: FIXES.WorkdirRelativePath(expanded.value),
        range: instruction.range,
        instruction,
      });
    }
    workdirSet.set(stage.index, true);
  };
}
