import type { Instruction } from "../../../parse/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/** MaintainerDeprecated (parse time): any MAINTAINER instruction. */
export function maintainerDeprecated(instructions: readonly Instruction[]): Finding[] {
  return instructions
    .filter((instruction) => instruction.keyword === "MAINTAINER")
    .map((instruction) => ({
      rule: "MaintainerDeprecated" as const,
      message: MESSAGES.MaintainerDeprecated(),
      fix: FIXES.MaintainerDeprecated(instruction.text),
      range: instruction.range,
      instruction,
    }));
}
