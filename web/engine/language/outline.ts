// The outline (meta ARGs, then stages with their instructions) and the folding ranges of a Dockerfile.
import type { Analysis } from "../analyze";
import type { Instruction } from "../parse/types";
import type { Stage } from "../stages/types";
import type { FoldingRange, OutlineSymbol } from "./types";
import { DockerfileSource } from "./dockerfileSource";
import { locateInWord } from "./wordPositions";

const DETAIL_LENGTH = 40;

/** Meta ARGs at the top level, then one entry per stage holding its instructions; `source` is the analysis's text. */
export function outline(analysis: Analysis, source: string): OutlineSymbol[] {
  const text = new DockerfileSource(source, analysis.parse.escapeChar);
  const symbols = analysis.metaArgs.map((arg): OutlineSymbol => ({
    name: arg.name,
    detail: arg.defaultText === null ? "" : `= ${shorten(arg.defaultText)}`,
    kind: "arg",
    range: arg.range,
    selectionRange:
      locateInWord({ value: argText(arg), range: arg.range }, text)(0, arg.name.length) ?? arg.range,
    children: [],
  }));
  for (const stage of analysis.stages) symbols.push(stageSymbol(stage));
  return symbols;
}

function argText(arg: Analysis["metaArgs"][number]): string {
  return arg.defaultText === null ? arg.name : `${arg.name}=${arg.defaultText}`;
}

function stageSymbol(stage: Stage): OutlineSymbol {
  const nameWord = stage.name !== null ? stage.from.args[2] : undefined;
  return {
    name: stage.displayName,
    detail: stage.baseText,
    kind: "stage",
    range: stage.range,
    selectionRange: nameWord?.range ?? stage.from.keywordRange,
    children: stage.instructions.map(instructionSymbol),
  };
}

function instructionSymbol(instruction: Instruction): OutlineSymbol {
  return {
    name: instruction.keyword,
    detail: shorten(instruction.text),
    kind: "instruction",
    range: instruction.range,
    selectionRange: instruction.keywordRange,
    children: [],
  };
}

/** One line of at most DETAIL_LENGTH characters: blanks collapsed, an ellipsis where text was cut. */
export function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= DETAIL_LENGTH ? line : `${line.slice(0, DETAIL_LENGTH - 1).trimEnd()}…`;
}

/** Each stage that spans several lines, and each instruction on several lines (continuations, heredocs). */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number): void => {
    const last = ranges[ranges.length - 1];
    if (end > start && !(last && last.start === start && last.end === end)) ranges.push({ start, end });
  };
  for (const instruction of analysis.parse.instructions) {
    if (instruction.keyword === "FROM") break;
    add(instruction.range.start.line, instruction.range.end.line);
  }
  for (const stage of analysis.stages) {
    add(stage.range.start.line, stage.range.end.line);
    add(stage.from.range.start.line, stage.from.range.end.line);
    for (const instruction of stage.instructions)
      add(instruction.range.start.line, instruction.range.end.line);
  }
  return ranges;
}
