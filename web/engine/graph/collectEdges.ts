// The stage graph's edges, resolved as dockerfile2llb's toCommand / detectRunMount do:
// COPY --from is an integer index (Go Atoi), else a case-insensitive name (the LAST stage with it),
// else an external image; a mount's from= is a name lookup only. Images met this way are appended to
// BuildKit's state list, so a later numeric --from can point at them; that quirk is kept.
import type { Diagnostic } from "../diagnostics/types";
import { lexWord } from "../expand/lexWord";
import { findFlag, findFlags } from "../parse/findFlag";
import type { Flag, Instruction } from "../parse/types";
import { errorAt } from "../diagnostics/errorAt";
import { asStageIndex, type Stage, type StageIndex } from "../stages/types";
import { readMountFlagOf, summarizeMount } from "./readMountFlag";
import type { Edge } from "./types";

const EMPTY_ENV: ReadonlyMap<string, string> = new Map();
const MAX_INT64 = 2n ** 63n;

// Moved to parse/findFlag; re-exported for code that imported it from here.
export { findFlags };

/** Collects every from/copy/mount edge of every stage (built or not), reporting BuildKit's resolution errors. */
export function collectEdges(
  stages: readonly Stage[],
  escapeChar: "\\" | "`",
  diagnostics: Diagnostic[],
): Edge[] {
  const edges: Edge[] = [];
  const lastByName = new Map<string, StageIndex>();
  for (const stage of stages) if (stage.name) lastByName.set(stage.name, stage.index);
  const images: string[] = [];

  const resolveCopy = (value: string, flag: Flag): StageIndex | string | null => {
    const processed = lexWord(value, EMPTY_ENV, { escapeChar });
    if (processed.error) {
      diagnostics.push(errorAt(processed.error.message, flag.range));
      return null;
    }
    if (processed.value !== value) {
      diagnostics.push(
        errorAt(
          "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround",
          flag.range,
        ),
      );
      return null;
    }
    if (/^[+-]?[0-9]+$/.test(value) && BigInt(value) < MAX_INT64 && BigInt(value) >= -MAX_INT64) {
      const index = Number(BigInt(value));
      if (index >= 0 && index < stages.length) return asStageIndex(index);
      if (index >= stages.length && index < stages.length + images.length)
        return images[index - stages.length] as string;
      diagnostics.push(errorAt(`invalid stage index ${BigInt(value).toString()}`, flag.range));
      return null;
    }
    return lastByName.get(value.toLowerCase()) ?? addImage(value);
  };
  const addImage = (reference: string): string => {
    images.push(reference);
    return reference;
  };

  const edgesOf = (instruction: Instruction, to: Stage, onbuild: boolean): void => {
    const line = onbuild ? to.line : instruction.range.start.line;
    if (instruction.keyword === "COPY") {
      const flag = findFlag(instruction, "from");
      if (!flag || flag.value === null || flag.value === "") return;
      const from = resolveCopy(flag.value, flag);
      if (from === null) return;
      const words = instruction.args.map((w) => w.value);
      edges.push({
        kind: "copy",
        from,
        to: to.index,
        fromText: flag.value,
        line,
        range: onbuild ? to.from.range : flag.range,
        instruction,
        paths: words.slice(0, -1),
        destination: words.length > 1 ? (words[words.length - 1] as string) : null,
        onbuild,
      });
    } else if (instruction.keyword === "RUN") {
      for (const flag of findFlags(instruction, "mount")) {
        if (flag.value === null) continue;
        const { fields, error } = readMountFlagOf(flag);
        if (error) {
          diagnostics.push(errorAt(error, flag.range));
          continue;
        }
        const mount = summarizeMount(fields);
        if (mount.from === null || mount.from === "") continue;
        if (/\$./u.test(mount.from)) {
          diagnostics.push(
            errorAt("'from' doesn't support variable expansion, define alias stage instead", flag.range),
          );
          continue;
        }
        edges.push({
          kind: "mount",
          from: lastByName.get(mount.from.toLowerCase()) ?? addImage(mount.from),
          to: to.index,
          fromText: mount.from,
          line,
          range: onbuild ? to.from.range : flag.range,
          instruction,
          paths: [mount.source],
          destination: mount.target,
          onbuild,
        });
      }
    }
  };

  for (const stage of stages) {
    if (stage.baseStage !== null) {
      const word = stage.from.args[0];
      edges.push({
        kind: "from",
        from: stage.baseStage,
        to: stage.index,
        fromText: stage.baseText,
        line: stage.line,
        range: word?.range ?? stage.from.range,
        instruction: stage.from,
        paths: [],
        destination: null,
        onbuild: false,
      });
    }
    for (const instruction of stage.instructions) edgesOf(instruction, stage, false);
  }
  // ONBUILD triggers of a base stage run first in the child (and are not passed to grandchildren).
  for (const stage of stages) {
    if (stage.baseStage === null) continue;
    for (const instruction of (stages[stage.baseStage] as Stage).instructions) {
      if (instruction.keyword === "ONBUILD" && instruction.trigger) edgesOf(instruction.trigger, stage, true);
    }
  }
  return edges;
}
