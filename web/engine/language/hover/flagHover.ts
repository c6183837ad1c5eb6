// A hover on a flag: the flag's help on its name; on its value, what the value names (the stage or
// image of `--from`, a `--mount` field) or a variable in it.
import type { Analysis } from "../../analyze";
import { readMountFlagOf, summarizeMount } from "../../graph/readMountFlag";
import { isStageSource, type Edge } from "../../graph/types";
import type { Flag, Instruction } from "../../parse/types";
import type { Stage } from "../../stages/types";
import type { HoverInfo, Position, Range } from "../types";
import { FLAG_HELP, MOUNT_TYPE_HELP } from "./flagHelp";
import { helpHover } from "./helpHover";
import { imageHover } from "./imageHover";
import { offsetIn, rangeOnLine, sameRange } from "./positions";
import { stageHover } from "./stageHover";
import { wordVariableAt } from "./variableAt";
import { variableHover } from "./variableHover";

/** The hover for `position` on `flag` of `instruction` (of `stage`, null before the first FROM). */
export function flagHover(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  flag: Flag,
  position: Position,
): HoverInfo | null {
  const topic = `${instruction.keyword} --${flag.name}`;
  const help = FLAG_HELP[topic];
  if (!help) return null;
  const offset = offsetIn(flag.range, flag.raw.length, position);
  const equals = flag.raw.indexOf("=");
  if (offset !== null && equals >= 0 && offset > equals) {
    const text = flag.raw.slice(equals + 1);
    const range = rangeOnLine(flag.range.start, equals + 1, text.length);
    const inValue = valueHover(analysis, stage, instruction, flag, text, range, position);
    if (inValue) return inValue;
  }
  return helpHover(topic, help, flag.range, topic);
}

function valueHover(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  flag: Flag,
  text: string,
  range: Range,
  position: Position,
): HoverInfo | null {
  if (instruction.keyword === "COPY" && flag.name === "from") {
    const edge = edgeOf(analysis, instruction, flag);
    return edge ? referenceHover(analysis, edge, range) : null;
  }
  if (instruction.keyword === "RUN" && flag.name === "mount") {
    return mountHover(analysis, stage, instruction, flag, text, range, position);
  }
  // BuildKit expands the FROM line's --platform with the global ARGs, and COPY's and ADD's flags with the stage's.
  if (instruction.keyword === "FROM" || instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    const variable = wordVariableAt(text, range, position, analysis.parse.escapeChar);
    if (variable)
      return variableHover(
        analysis,
        stage,
        instruction,
        variable,
        instruction.keyword === "FROM" ? "meta" : "build",
      );
  }
  return null;
}

function mountHover(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  flag: Flag,
  text: string,
  range: Range,
  position: Position,
): HoverInfo | null {
  const offset = position.column - range.start.column;
  // Fields are comma-separated `key=value`; quoted fields are rare enough to read as written.
  let start = 0;
  for (const field of text.split(",")) {
    const end = start + field.length;
    if (offset >= start && offset < end) {
      const equals = field.indexOf("=");
      const key = (equals < 0 ? field : field.slice(0, equals)).toLowerCase();
      const valueRange = rangeOnLine(range.start, start + equals + 1, field.length - equals - 1);
      const fieldRange = rangeOnLine(range.start, start, field.length);
      if (key === "from" && equals >= 0 && offset > start + equals) {
        const edge = edgeOf(analysis, instruction, flag);
        if (edge) return referenceHover(analysis, edge, valueRange);
      }
      if (key === "type" && equals >= 0) {
        const type = field.slice(equals + 1).toLowerCase();
        const help = MOUNT_TYPE_HELP[type];
        if (help) return helpHover(`RUN --mount=type=${type}`, help, fieldRange, "RUN --mount");
      }
      if (equals >= 0 && offset > start + equals) {
        const variable = wordVariableAt(
          field.slice(equals + 1),
          valueRange,
          position,
          analysis.parse.escapeChar,
        );
        if (variable) return variableHover(analysis, stage, instruction, variable, "build");
      }
      break;
    }
    start = end + 1;
  }
  const type = summarizeMount(readMountFlagOf(flag).fields).type;
  const help = MOUNT_TYPE_HELP[type];
  return help ? helpHover(`RUN --mount=type=${type}`, help, flag.range, "RUN --mount") : null;
}

function edgeOf(analysis: Analysis, instruction: Instruction, flag: Flag): Edge | undefined {
  return analysis.edges.find((edge) => edge.instruction === instruction && sameRange(edge.range, flag.range));
}

/** The stage or image an edge depends on, hovered where it is named. */
export function referenceHover(analysis: Analysis, edge: Edge, range: Range): HoverInfo | null {
  if (!isStageSource(edge.from)) return imageHover(edge.from, range, true);
  const stage = analysis.stages[edge.from];
  return stage ? stageHover(analysis, stage, range, edge.fromText) : null;
}
