import type { Instruction, Word } from "../../../parse/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/**
 * FromAsCasing (parse time): `AS` is not cased like an all-lower or all-upper FROM. A mixed-case
 * FROM is left to ConsistentInstructionCasing.
 */
export function fromAsCasing(instructions: readonly Instruction[]): Finding[] {
  const findings: Finding[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== "FROM" || instruction.args.length < 3) continue;
    const from = instruction.keywordRaw;
    const as = (instruction.args[1] as Word).value;
    const fromLower = from === from.toLowerCase();
    const fromUpper = from === from.toUpperCase();
    if (fromLower === fromUpper) continue;
    if (as === (fromLower ? as.toLowerCase() : as.toUpperCase())) continue;
    findings.push({
      rule: "FromAsCasing",
      message: MESSAGES.FromAsCasing(from, as),
      fix: FIXES.FromAsCasing(from, as),
      range: instruction.range,
      instruction,
    });
  }
  return findings;
}
