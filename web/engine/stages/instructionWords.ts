// The words BuildKit substitutes variables in when it dispatches an instruction (instructions'
// Expand methods). RUN/CMD/ENTRYPOINT command text is left to the shell; ONBUILD waits to be
// triggered; SHELL, HEALTHCHECK and MAINTAINER are never expanded. ARG and ENV are handled by the
// scope walk itself.
import type { Range } from "../diagnostics/types";
import { findFlags } from "../parse/findFlag";
import type { Instruction } from "../parse/types";
import { readMountFlag } from "../graph/readMountFlag";

/** A piece of text BuildKit will expand, with where to point when it fails. */
export interface ExpandableWord {
  text: string;
  range: Range;
}

const heredocMarker = /^[0-9]*<<-?/;

/** Lists the words of `instruction` that BuildKit expands at dispatch time. */
export function instructionWords(instruction: Instruction): ExpandableWord[] {
  const words: ExpandableWord[] = [];
  const add = (text: string, range: Range) => words.push({ text, range });
  switch (instruction.keyword) {
    case "COPY":
    case "ADD":
      for (const word of instruction.args) {
        if (!(instruction.heredocs.length > 0 && heredocMarker.test(word.value))) add(word.value, word.range);
      }
      for (const flag of instruction.flags) {
        if (
          flag.value !== null &&
          (flag.name === "chown" || flag.name === "chmod" || flag.name === "checksum")
        )
          add(flag.value, flag.range);
      }
      break;
    case "LABEL":
      for (const pair of instruction.pairs ?? []) {
        add(pair.key.value, pair.key.range);
        add(pair.value.value, pair.value.range);
      }
      break;
    case "EXPOSE":
    case "VOLUME":
    case "USER":
    case "WORKDIR":
    case "STOPSIGNAL":
      for (const word of instruction.args) add(word.value, word.range);
      break;
    case "RUN":
      for (const flag of findFlags(instruction, "mount")) {
        if (flag.value === null) continue;
        for (const field of readMountFlag(flag.value).fields)
          if (field.value !== null) add(field.value, flag.range);
      }
      break;
  }
  return words;
}
