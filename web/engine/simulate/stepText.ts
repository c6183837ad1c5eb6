import type { Instruction } from "../parse/types";

/** The instruction as a log prints it: keyword upper-case, flags and arguments as written, first line only. */
export function stepText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => f.raw);
  return [instruction.keyword, ...flags, instruction.text.split("\n")[0] ?? ""]
    .filter((p) => p !== "")
    .join(" ");
}
