// The texts of an instruction where `$NAME` reads the stage's ARGs, with the variables in each and a
// way back to the source. BuildKit expands the words its instructions' Expand methods name (see
// stages/instructionWords.ts); a RUN command and its heredoc scripts are read by the shell, which
// sees ARGs in its environment. CMD, ENTRYPOINT and HEALTHCHECK run in the container, where build
// ARGs are gone; ONBUILD runs in another stage.
import type { LexOptions } from "../expand/types";
import type { Flag, Heredoc, Instruction, Word } from "../parse/types";
import type { DockerfileSource } from "./dockerfileSource";
import { expandedReferences, shellReferences, type NameReference } from "./variableReferences";
import { locateInFlagValue, locateInHeredoc, locateInWord, type Locate } from "./wordPositions";

export interface ExpandableText {
  references: NameReference[];
  locate: Locate;
  /** Where to say a use is when it cannot be located exactly, and why it cannot. */
  line: number;
  reason: string;
}

/** Why a use in a word or flag may have no exact place (see wordPositions.ts). */
export const NAME_NOT_PLACED =
  "with a line break, quote or escape inside the name, where the editor cannot point at the exact characters";

const heredocMarker = /^[0-9]*<<-?/;
const COPY_FLAGS = new Set(["chown", "chmod", "checksum"]);
const WHOLE_WORDS = new Set(["EXPOSE", "VOLUME", "USER", "WORKDIR", "STOPSIGNAL"]);

/** The expandable texts of `instruction` that mention a variable at all. */
export function expandableTexts(
  instruction: Instruction,
  options: LexOptions,
  source: DockerfileSource,
): ExpandableText[] {
  const texts: ExpandableText[] = [];
  const word = (w: Word): void => {
    if (w.value.includes("$")) {
      const references = expandedReferences(w.value, options);
      texts.push({
        references,
        locate: locateInWord(w, source, instruction.json),
        line: w.range.start.line,
        reason: NAME_NOT_PLACED,
      });
    }
  };
  const flag = (f: Flag): void => {
    if (f.value?.includes("$")) {
      const references = expandedReferences(f.value, options);
      texts.push({
        references,
        locate: locateInFlagValue(f, source),
        line: f.range.start.line,
        reason: NAME_NOT_PLACED,
      });
    }
  };
  const heredoc = (h: Heredoc, shell: boolean): void => {
    // A quoted delimiter (`<<"EOF"`) keeps the body as written.
    if (!h.expand || !h.content.includes("$")) return;
    const references = shell
      ? shellReferences(h.content)
      : expandedReferences(h.content, { ...options, skipProcessQuotes: true });
    texts.push({
      references,
      locate: locateInHeredoc(h),
      line: h.range.start.line,
      reason:
        "in a <<- heredoc body, whose removed tabs keep the editor from pointing at the exact characters",
    });
  };

  switch (instruction.keyword) {
    case "FROM":
      instruction.args.slice(0, 1).forEach(word);
      instruction.flags.filter((f) => f.name === "platform").forEach(flag);
      break;
    case "COPY":
    case "ADD":
      for (const w of instruction.args) {
        if (!(instruction.heredocs.length > 0 && heredocMarker.test(w.value))) word(w);
      }
      instruction.flags.filter((f) => COPY_FLAGS.has(f.name)).forEach(flag);
      for (const h of instruction.heredocs) heredoc(h, false);
      break;
    case "ENV":
    case "LABEL":
      for (const pair of instruction.pairs ?? []) {
        word(pair.key);
        word(pair.value);
      }
      break;
    case "RUN": {
      instruction.flags.filter((f) => f.name === "mount").forEach(flag);
      const command = instruction.args[0];
      if (command && !instruction.json && command.value.includes("$")) {
        const references = shellReferences(command.value);
        texts.push({
          references,
          locate: locateInWord(command, source),
          line: command.range.start.line,
          reason: NAME_NOT_PLACED,
        });
      }
      for (const h of instruction.heredocs) heredoc(h, true);
      break;
    }
    default:
      if (WHOLE_WORDS.has(instruction.keyword)) instruction.args.forEach(word);
  }
  return texts;
}
