import { resolveBaseImage } from "../../../simulate/catalog/resolveBaseImage";
import type { Stage, StageIndex } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

/** Whether the stage's FROM chain starts at an image the catalog does not have. */
function unknownImageUnder(stage: Stage, stages: readonly Stage[]): boolean {
  let root = stage;
  while (root.baseStage !== null) root = stages[root.baseStage] as Stage;
  return root.base !== "" && root.base !== "scratch" && resolveBaseImage(root.base).unknown;
}

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
    // `WORKDIR $PHP_INI_DIR` on an image outside the catalog: its ENV, which BuildKit expands with,
    // is unknown, so the path may well be absolute.
    if (expanded.references.some((reference) => !reference.defined) && unknownImageUnder(stage, stages)) {
      workdirSet.set(stage.index, true);
      return;
    }
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
