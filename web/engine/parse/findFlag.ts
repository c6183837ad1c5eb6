// Flag lookup by name. Flag.name never includes the leading `--`, so names compare as they are.
import type { Flag, Instruction } from "./types";

/** Every occurrence of a flag, in order (`--mount` and `--exclude` may repeat). */
export function findFlags(instruction: Instruction, name: string): Flag[] {
  return instruction.flags.filter((flag) => flag.name === name);
}

/** The first occurrence of a flag, or undefined. */
export function findFlag(instruction: Instruction, name: string): Flag | undefined {
  return instruction.flags.find((flag) => flag.name === name);
}
