import type { Instruction } from "../../../parse/types";
import { splitArg } from "../../../stages/buildStages";
import { readFromArguments } from "../../../stages/stageName";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";

/**
 * InvalidDefinitionDescription (parse time, experimental): the comment directly above `FROM … AS name`
 * or an ARG must start with the name it describes (its last line's first word is compared).
 */
export function invalidDefinitionDescription(instructions: readonly Instruction[]): Finding[] {
  const findings: Finding[] = [];
  for (const instruction of instructions) {
    if (instruction.comments.length === 0) continue;
    let keys: string[];
    if (instruction.keyword === "FROM") {
      const name = readFromArguments(instruction.args).name;
      keys = name ? [name] : [];
    } else if (instruction.keyword === "ARG") {
      keys = instruction.args.map((word) => splitArg(word.value).name);
    } else continue;
    if (keys.length === 0) continue;
    const lastComment = instruction.comments[instruction.comments.length - 1] as string;
    if (keys.includes(lastComment.split(" ")[0] as string)) continue;
    const name = keys.length > 1 ? "<arg_key>" : (keys[0] as string);
    findings.push({
      rule: "InvalidDefinitionDescription",
      message: MESSAGES.InvalidDefinitionDescription(instruction.keyword, name),
      fix: FIXES.InvalidDefinitionDescription(name),
      range: instruction.range,
      instruction,
    });
  }
  return findings;
}
