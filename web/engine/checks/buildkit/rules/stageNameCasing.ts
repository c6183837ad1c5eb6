import type { Instruction } from "../../../parse/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/** StageNameCasing (parse time): the name after `AS` has uppercase letters. */
export function stageNameCasing(instructions: readonly Instruction[]): Finding[] {
  const findings: Finding[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== "FROM" || instruction.args.length !== 3) continue;
    const name = (instruction.args[2] as { value: string }).value;
    if (name === name.toLowerCase()) continue;
    findings.push({
      rule: "StageNameCasing",
      message: MESSAGES.StageNameCasing(name),
      fix: FIXES.StageNameCasing(name),
      range: instruction.range,
      instruction,
    });
  }
  return findings;
}
