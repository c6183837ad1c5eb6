import type { Instruction } from "../parse/types";

/** The instruction as a log prints it: keyword upper-case, flags and arguments as written, first line only. */
export function stepText(instruction: Instruction): string {
  // Built by hand rather than with split/filter/join: every step of every stage needs one.
  const newline = instruction.text.indexOf("\n");
  const first = newline < 0 ? instruction.text : instruction.text.slice(0, newline);
  let text = instruction.keyword;
  for (const flag of instruction.flags) text = joined(text, flag.raw);
  return joined(text, first);
}

function joined(text: string, part: string): string {
  if (part === "") return text;
  return text === "" ? part : `${text} ${part}`;
}
