// Hover help for the Dockerfile editor: what the word under the pointer is and what it does in a
// multistage build. Answers from the analysis already made; nothing is parsed or simulated again.
import type { Analysis } from "../analyze";
import { lexWord } from "../expand/lexWord";
import { isStageSource } from "../graph/types";
import type { Instruction, Keyword, Word } from "../parse/types";
import type { Stage } from "../stages/types";
import { FLAG_HELP } from "./hover/flagHelp";
import { flagHover, referenceHover } from "./hover/flagHover";
import { helpHover } from "./hover/helpHover";
import { imageHover } from "./hover/imageHover";
import { INSTRUCTION_HELP } from "./hover/instructionHelp";
import { code, heading } from "./hover/markdown";
import { pathHover } from "./hover/pathHover";
import { contains, instructionAt } from "./hover/positions";
import { scopeBefore } from "./hover/stageScope";
import { stageHover } from "./hover/stageHover";
import { shellVariableAt, wordVariableAt, type VariableAt } from "./hover/variableAt";
import { variableHover, type Reading } from "./hover/variableHover";
import type { HoverInfo, Position } from "./types";

/** The hover for `position` in `source`, whose analysis is `analysis`; null where there is nothing to say. */
export function hoverAt(analysis: Analysis, source: string, position: Position): HoverInfo | null {
  const instruction = instructionAt(analysis.parse.instructions, position);
  if (!instruction) return null;
  const stage = analysis.stages.find((s) => contains(s.range, instruction.range.start)) ?? null;
  if (contains(instruction.keywordRange, position)) return keywordHover(instruction);
  if (instruction.trigger) return triggerHover(instruction.trigger, position);
  const flag = instruction.flags.find((f) => contains(f.range, position));
  if (flag) return flagHover(analysis, stage, instruction, flag, position);
  const heredoc = instruction.heredocs.find((h) => contains(h.range, position));
  if (heredoc) {
    const reading = instruction.keyword === "RUN" ? "shell" : heredoc.expand ? "build" : "literal";
    return readVariable(analysis, stage, instruction, reading, lineOf(source, position.line), position);
  }
  const word = instruction.args.find((w) => contains(w.range, position));
  if (!word) return null;
  return wordHover(analysis, stage, instruction, word, source, position);
}

function keywordHover(instruction: Instruction): HoverInfo | null {
  if (!instruction.known) return null;
  const keyword = instruction.keyword as Keyword;
  return helpHover(keyword, INSTRUCTION_HELP[keyword], instruction.keywordRange, keyword);
}

// An ONBUILD trigger runs in another stage: explain its keyword and flags, not its words' values here.
function triggerHover(trigger: Instruction, position: Position): HoverInfo | null {
  if (contains(trigger.keywordRange, position)) return keywordHover(trigger);
  const flag = trigger.flags.find((f) => contains(f.range, position));
  const topic = flag && `${trigger.keyword} --${flag.name}`;
  const help = topic && FLAG_HELP[topic];
  return flag && topic && help ? helpHover(topic, help, flag.range, topic) : null;
}

function wordHover(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  word: Word,
  source: string,
  position: Position,
): HoverInfo | null {
  const reading = readingOf(instruction, stage);
  if (reading === null) return null;
  const variable = readVariable(
    analysis,
    stage,
    instruction,
    reading,
    lineOf(source, position.line),
    position,
    word,
  );
  if (variable || !stage) return variable;
  if (instruction === stage.from) return fromWordHover(analysis, stage, word);
  if (instruction.keyword === "COPY" && word !== instruction.args.at(-1)) {
    const edge = analysis.edges.find((e) => e.instruction === instruction && e.kind === "copy");
    const from = edge && isStageSource(edge.from) ? analysis.stages[edge.from] : undefined;
    if (from) {
      const path = lexWord(word.value, scopeBefore(analysis, stage, instruction), {
        escapeChar: analysis.parse.escapeChar,
      }).value;
      return pathHover(analysis, from, word.value, path, word.range);
    }
  }
  return null;
}

function fromWordHover(analysis: Analysis, stage: Stage, word: Word): HoverInfo | null {
  const [image, as, name] = stage.from.args;
  if (word === name && as?.value.toLowerCase() === "as") return stageHover(analysis, stage, word.range);
  if (word !== image) return null;
  if (stage.baseStage !== null) {
    const edge = analysis.edges.find((e) => e.kind === "from" && e.to === stage.index && !e.onbuild);
    if (edge) return referenceHover(analysis, edge, word.range);
  }
  if (stage.base === "") {
    return {
      markdown: [
        heading(`Image ${code(word.value)}`, "an empty name"),
        "Its variables expand to nothing here, so BuildKit stops: a base name cannot be blank.",
      ].join("\n\n"),
      range: word.range,
      topic: null,
    };
  }
  return imageHover(stage.base, word.range, false);
}

// Who expands `$NAME` in each instruction: BuildKit, the RUN's shell, the container's shell, or nobody.
const EXPANDED_BY_BUILDKIT = new Set([
  "ADD",
  "ARG",
  "COPY",
  "ENV",
  "EXPOSE",
  "LABEL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
]);

function readingOf(instruction: Instruction, stage: Stage | null): Reading | null {
  const keyword = instruction.keyword;
  if (keyword === "FROM" || (stage === null && keyword === "ARG")) return "meta";
  if (keyword === "RUN") return instruction.json ? "exec" : "shell";
  if (keyword === "CMD" || keyword === "ENTRYPOINT" || keyword === "HEALTHCHECK")
    return instruction.json ? "exec" : "runtime";
  return EXPANDED_BY_BUILDKIT.has(keyword) ? "build" : null;
}

function readVariable(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  reading: Reading,
  lineText: string,
  position: Position,
  word?: Word,
): HoverInfo | null {
  let variable: VariableAt | null | undefined;
  if (word && (reading === "meta" || reading === "build") && !instruction.json) {
    variable = wordVariableAt(word.value, word.range, position, analysis.parse.escapeChar);
  }
  if (variable === undefined) variable = shellVariableAt(lineText, position);
  return variable ? variableHover(analysis, stage, instruction, variable, reading) : null;
}

/** One line of the source, without its line break. */
function lineOf(source: string, line: number): string {
  let start = 0;
  for (let at = 1; at < line; at++) {
    const next = source.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  const text = end < 0 ? source.slice(start) : source.slice(start, end);
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}
