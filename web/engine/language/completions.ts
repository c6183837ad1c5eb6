// Completion in the Dockerfile editor. The text before the cursor decides what is being typed (a
// half-typed line parses badly); the analysis supplies the facts: stages, variables, simulated files.
import type { Analysis } from "../analyze";
import type { Stage } from "../stages/types";
import { rangeTo } from "./completion/completionItem";
import { flagItems } from "./completion/flagItems";
import { fromItems } from "./completion/fromItems";
import { instructionItems } from "./completion/instructionItems";
import { lineContext, sourceLines, type LineContext } from "./completion/lineContext";
import { pathItems } from "./completion/pathItems";
import { flagValueCompletions, stageBefore } from "./completion/flagValueCompletions";
import { variableItems } from "./completion/variableItems";
import type { CompletionItem, Position } from "./types";

/** What to offer at `position` of `source`; `analysis` is the analysis of that same source. */
export function completionsAt(analysis: Analysis, source: string, position: Position): CompletionItem[] {
  const lines = sourceLines(source);
  const stage = analysis.stages.findLast((candidate) => candidate.line <= position.line) ?? null;
  const context = lineContext(lines, position, analysis.parse.escapeChar);
  if (context.comment) return [];
  const line = lines[position.line - 1] ?? "";
  if (inHeredocBody(analysis, position.line)) {
    return variableCompletions(analysis, context, position, line, stage) ?? [];
  }

  const [first = "", ...rest] = context.words;
  let keyword = first.toUpperCase();
  const wordRange = rangeTo(context.currentStart, position);
  if (keyword === "") {
    if (!/^[A-Za-z]*$/.test(context.current)) return [];
    const firstStage = analysis.stages[0];
    const where = !firstStage || position.line < firstStage.line ? "before-from" : "stage";
    return instructionItems(wordRange, where);
  }
  if (keyword === "ONBUILD") {
    if (rest.length === 0)
      return /^[A-Za-z]*$/.test(context.current) ? instructionItems(wordRange, "onbuild") : [];
    keyword = (rest.shift() as string).toUpperCase();
  }
  const scoped = keyword === "FROM" ? null : stage;
  const variable = variableCompletions(analysis, context, position, line, scoped);
  if (variable) return variable;

  const flagCount = rest.findIndex((word) => !word.startsWith("--"));
  const flags = flagCount < 0 ? rest : rest.slice(0, flagCount);
  const args = flagCount < 0 ? [] : rest.slice(flagCount);
  if (args.length === 0 && context.current.startsWith("-")) {
    const eq = context.current.indexOf("=");
    if (eq < 0) return flagItems(keyword, flags, wordRange);
    const name = context.current.slice(2, eq).toLowerCase();
    return flagValueCompletions(analysis, {
      keyword,
      flag: name,
      value: context.current.slice(eq + 1),
      valueStart: { line: context.currentStart.line, column: context.currentStart.column + eq + 1 },
      position,
      stage,
    });
  }
  if (keyword === "FROM") {
    const before = analysis.stages.filter((candidate) => candidate.line < position.line).length;
    return fromItems(analysis, args.length, context.current, before, wordRange);
  }
  if (keyword === "COPY" && args.length === 0) {
    const from = flags.findLast((flag) => flag.toLowerCase().startsWith("--from="));
    const source = from ? stageBefore(analysis, from.slice("--from=".length), stage) : null;
    if (source) return pathItems(analysis, source.index, context.current, wordRange);
  }
  return [];
}

/** Variables for a word ending in `$NAME` or `${NAME`, or null when the word does not. */
function variableCompletions(
  analysis: Analysis,
  context: LineContext,
  position: Position,
  line: string,
  stage: Stage | null,
): CompletionItem[] | null {
  const match = /(?<!\\)\$(\{?)([A-Za-z0-9_]*)$/.exec(context.current);
  if (!match) return null;
  const braced = match[1] === "{";
  const start = { line: position.line, column: position.column - (match[2] ?? "").length };
  const closing = braced && line[position.column - 1] !== "}" ? "}" : "";
  return variableItems(analysis, stage, position.line, rangeTo(start, position), closing);
}

/** Whether `line` is inside a heredoc's body (its text is a script or a file, not Dockerfile words). */
function inHeredocBody(analysis: Analysis, line: number): boolean {
  const instructions = analysis.parse.instructions;
  let low = 0;
  let high = instructions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((instructions[middle]?.range.start.line ?? 0) <= line) low = middle + 1;
    else high = middle;
  }
  const instruction = instructions[low - 1];
  return (instruction?.heredocs ?? []).some(
    (heredoc) => heredoc.range.start.line <= line && line <= heredoc.range.end.line,
  );
}
