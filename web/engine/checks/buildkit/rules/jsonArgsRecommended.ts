import type { StageIndex } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

/**
 * JSONArgsRecommended (dispatch): shell-form CMD or ENTRYPOINT while the image config has no SHELL
 * (set in this stage or a stage it is built on; catalog base images set none).
 */
export function jsonArgsRecommended(): DispatchRule {
  const shellSet = new Map<StageIndex, boolean>();
  return ({ stage, instruction }, findings) => {
    if (!shellSet.has(stage.index)) {
      shellSet.set(stage.index, stage.baseStage !== null && (shellSet.get(stage.baseStage) ?? false));
    }
    if (instruction.keyword === "SHELL") shellSet.set(stage.index, true);
    if (instruction.keyword !== "CMD" && instruction.keyword !== "ENTRYPOINT") return;
    if (instruction.json || shellSet.get(stage.index)) return;
    findings.push({
      rule: "JSONArgsRecommended",
      message: MESSAGES.JSONArgsRecommended(instruction.keywordRaw),
      fix: FIXES.JSONArgsRecommended(instruction.keyword, instruction.text),
      range: instruction.range,
      instruction,
    });
  };
}
