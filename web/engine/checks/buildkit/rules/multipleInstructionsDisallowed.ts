import type { Instruction } from "../../../parse/types";
import type { StageIndex } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

const ONCE = new Set(["CMD", "ENTRYPOINT", "HEALTHCHECK"]);

/**
 * MultipleInstructionsDisallowed (dispatch): a second CMD, ENTRYPOINT or HEALTHCHECK in one stage.
 * BuildKit reports the earlier one, since that is the one that will be ignored; the later one's
 * `# check=` comment applies, as it is the instruction being dispatched.
 */
export function multipleInstructionsDisallowed(): DispatchRule {
  const last = new Map<string, Instruction>();
  let stageOfLast: StageIndex | null = null;
  return ({ stage, instruction }, findings) => {
    if (stageOfLast !== stage.index) {
      last.clear();
      stageOfLast = stage.index;
    }
    if (!ONCE.has(instruction.keyword)) return;
    const previous = last.get(instruction.keyword);
    if (previous) {
      findings.push({
        rule: "MultipleInstructionsDisallowed",
        message: MESSAGES.MultipleInstructionsDisallowed(instruction.keywordRaw),
        fix: FIXES.MultipleInstructionsDisallowed(instruction.keyword),
        range: previous.range,
        instruction,
      });
    }
    last.set(instruction.keyword, instruction);
  };
}
