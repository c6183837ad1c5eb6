import type { Stage } from "../../stages/types";
import type { Instruction } from "../../parse/types";
import { plainExecWords } from "../../checks/buildkit/plainExecWords";
import type { FixFor } from "./types";

/**
 * JSONArgsRecommended: `CMD prog arg` → `CMD ["prog", "arg"]` when the words are plain, so the
 * rewrite runs the same program with the same arguments, only without the shell in between.
 */
export const execForm: FixFor = ({ analysis, source, instruction }) => {
  if (!instruction || instruction.json || instruction.heredocs.length > 0) return null;
  if (instruction.keyword !== "CMD" && instruction.keyword !== "ENTRYPOINT") return null;
  const words = plainExecWords(instruction.text);
  if (!words) return null;
  // A shell-form ENTRYPOINT ignores CMD; in exec form CMD's words become its arguments.
  if (instruction.keyword === "ENTRYPOINT" && cmdFollows(analysis.stages, instruction)) return null;
  const list = `[${words.map((word) => JSON.stringify(word)).join(", ")}]`;
  const from = source.offsetAt(instruction.keywordRange.end);
  const to = source.offsetAt(instruction.range.end);
  const written = `${instruction.keywordRaw} ${list}`;
  return {
    title: written.length <= 48 ? `Use the exec form: ${written}` : "Use the exec form (a JSON list)",
    edits: [source.edit(from, to, ` ${list}`)],
  };
};

/** Whether the ENTRYPOINT's stage, or a stage built on it, sets CMD. */
function cmdFollows(stages: readonly Stage[], entrypoint: Instruction): boolean {
  const own = stages.find((stage) => stage.instructions.includes(entrypoint));
  if (!own) return true;
  const family = new Set([own.index]);
  for (const stage of stages) {
    if (stage.baseStage !== null && family.has(stage.baseStage)) family.add(stage.index);
  }
  return stages.some(
    (stage) => family.has(stage.index) && stage.instructions.some((each) => each.keyword === "CMD"),
  );
}
