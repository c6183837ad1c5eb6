// The words BuildKit substitutes variables in when it dispatches an instruction (instructions'
// Expand methods). RUN/CMD/ENTRYPOINT command text is left to the shell; ONBUILD waits to be
// triggered; SHELL, HEALTHCHECK and MAINTAINER are never expanded. ARG and ENV are handled by the
// scope walk itself.
import type { Range } from "../diagnostics/types";
import { findFlags } from "../parse/findFlag";
import type { Instruction } from "../parse/types";
import { readMountFlagOf } from "../graph/readMountFlag";

/** A piece of text BuildKit will expand, with where to point when it fails. */
export interface ExpandableWord {
  text: string;
  range: Range;
}

const heredocMarker = /^[0-9]*<<-?/;

/** Lists the words of `instruction` that BuildKit expands at dispatch time. */
export function instructionWords(instruction: Instruction): ExpandableWord[] {
  const words: ExpandableWord[] = [];
  switch (instruction.keyword) {
    case "COPY":
    case "ADD":
      for (const word of instruction.args) {
        if (!(instruction.heredocs.length > 0 && heredocMarker.test(word.value)))
          words.push({ text: word.value, range: word.range });
      }
      for (const flag of instruction.flags) {
        if (
          flag.value !== null &&
          (flag.name === "chown" || flag.name === "chmod" || flag.name === "checksum")
        )
          words.push({ text: flag.value, range: flag.range });
      }
      break;
    case "LABEL":
      for (const pair of instruction.pairs ?? []) {
        words.push({ text: pair.key.value, range: pair.key.range });
        words.push({ text: pair.value.value, range: pair.value.range });
      }
      break;
    case "EXPOSE":
    case "VOLUME":
    case "USER":
    case "WORKDIR":
    case "STOPSIGNAL":
      for (const word of instruction.args) words.push({ text: word.value, range: word.range });
      break;
    case "RUN":
      for (const flag of findFlags(instruction, "mount")) {
        if (flag.value === null) continue;
        for (const field of readMountFlagOf(flag).fields)
          if (field.value !== null) words.push({ text: field.value, range: flag.range });
      }
      break;
  }
  return words;
}
