import type { Instruction } from "../../../parse/types";
import type { Stage } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

const isConsistent = (name: string) => name === name.toLowerCase() || name === name.toUpperCase();

/**
 * ConsistentInstructionCasing (after parsing): a keyword that is mixed-case or differs from the
 * majority casing of the stages' instructions. Meta ARGs are not counted; a tie counts as uppercase.
 */
export function consistentInstructionCasing(stages: readonly Stage[]): Finding[] {
  const instructions: Instruction[] = stages.flatMap((stage) => [stage.from, ...stage.instructions]);
  let lower = 0;
  let upper = 0;
  for (const { keywordRaw } of instructions) {
    if (!isConsistent(keywordRaw)) continue;
    if (keywordRaw === keywordRaw.toLowerCase()) lower++;
    else upper++;
  }
  const majorityLower = lower > upper;
  const findings: Finding[] = [];
  for (const instruction of instructions) {
    const name = instruction.keywordRaw;
    const wanted = majorityLower ? name.toLowerCase() : name.toUpperCase();
    if (name === wanted) continue;
    const casing = majorityLower ? "lowercase" : "uppercase";
    findings.push({
      rule: "ConsistentInstructionCasing",
      message: MESSAGES.ConsistentInstructionCasing(name, casing),
      fix: FIXES.ConsistentInstructionCasing(name, casing),
      range: instruction.range,
      instruction,
    });
  }
  return findings;
}
