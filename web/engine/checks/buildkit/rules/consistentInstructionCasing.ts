import type { Instruction } from "../../../parse/types";
import type { Stage } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

type Casing = "lower" | "upper" | "mixed";

/**
 * Whether `name` equals its lower case (then "lower", as BuildKit tests first), its upper case, or
 * neither. ASCII names are read without making the converted copies.
 */
function casingOf(name: string): Casing {
  let hasLower = false;
  let hasUpper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) {
      if (name === name.toLowerCase()) return "lower";
      return name === name.toUpperCase() ? "upper" : "mixed";
    }
    if (c >= 0x61 && c <= 0x7a) hasLower = true;
    else if (c >= 0x41 && c <= 0x5a) hasUpper = true;
  }
  return !hasUpper ? "lower" : !hasLower ? "upper" : "mixed";
}

/**
 * ConsistentInstructionCasing (after parsing): a keyword that is mixed-case or differs from the
 * majority casing of the stages' instructions. Meta ARGs are not counted; a tie counts as uppercase.
 */
export function consistentInstructionCasing(stages: readonly Stage[]): Finding[] {
  const instructions: Instruction[] = [];
  for (const stage of stages) instructions.push(stage.from, ...stage.instructions);
  const casings = instructions.map((instruction) => casingOf(instruction.keywordRaw));
  let lower = 0;
  let upper = 0;
  for (const casing of casings) {
    if (casing === "lower") lower++;
    else if (casing === "upper") upper++;
  }
  const majorityLower = lower > upper;
  const findings: Finding[] = [];
  for (const [i, instruction] of instructions.entries()) {
    const name = instruction.keywordRaw;
    const casingOfName = casings[i] as Casing;
    // A name without letters equals both its cases and casingOf calls it "lower": test upper too.
    if (majorityLower ? casingOfName === "lower" : casingOfName === "upper" || name === name.toUpperCase())
      continue;
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
