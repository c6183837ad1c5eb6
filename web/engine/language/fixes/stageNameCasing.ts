import { isStageSource } from "../../graph/types";
import type { TextEdit } from "../types";
import type { FixFor } from "./types";

/**
 * StageNameCasing: the name at `AS`, and every reference that spells it out (`FROM name`,
 * `COPY --from=name`, `from=name` of a mount), in lowercase. A reference through a variable is left
 * as written: stage names match whatever their case, so it still names the stage.
 */
export const lowercaseStageName: FixFor = ({ analysis, source, instruction }) => {
  const nameWord = instruction?.keyword === "FROM" ? instruction.args[2] : undefined;
  if (!instruction || !nameWord) return null;
  const name = nameWord.value;
  const lower = name.toLowerCase();
  const stage = analysis.stages.find((candidate) => candidate.from === instruction);
  if (!stage || lower === name) return null;
  const edits: TextEdit[] = [{ range: nameWord.range, text: lower }];
  for (const edge of analysis.edges) {
    if (edge.onbuild || !isStageSource(edge.from) || edge.from !== stage.index) continue;
    if (edge.fromText === edge.fromText.toLowerCase() || edge.fromText.toLowerCase() !== lower) continue;
    const offset = nameOffset(source.slice(edge.range), edge.fromText);
    if (offset === null) continue;
    const written = edge.fromText;
    const start = source.offsetAt(edge.range.start);
    edits.push(source.edit(start + offset, start + offset + written.length, lower));
  }
  // BuildKit refuses `FROM Build` outright, so no edge records it: it is found by its word.
  for (const later of analysis.stages.slice(stage.index + 1)) {
    const base = later.from.args[0];
    if (base && base.value !== lower && base.value.toLowerCase() === lower && !edits.some(at(base.range))) {
      edits.push({ range: base.range, text: lower });
    }
  }
  return { title: `Write the stage name in lowercase: ${lower}`, edits };
};

/** Where the name stands in a flag's text: after `from=`, possibly quoted. */
function nameOffset(text: string, written: string): number | null {
  const pattern = /(?:^|[-,\s])from=(["']?)/gi;
  for (const match of text.matchAll(pattern)) {
    const at = match.index + match[0].length;
    if (text.slice(at, at + written.length) === written) return at;
  }
  return text === written ? 0 : null;
}

function at(range: TextEdit["range"]) {
  return (edit: TextEdit) =>
    edit.range.start.line === range.start.line && edit.range.start.column === range.start.column;
}
