// A stage's variables at one instruction, and where each was set: the same scope walk analyze runs
// (walkStageScopes), over the stages up to this one only, plus the base image's ENV from the catalog,
// which the walk leaves to the simulator.
import type { Analysis } from "../../analyze";
import { splitArg } from "../../parse/splitArg";
import type { Instruction } from "../../parse/types";
import { resolveBaseImage } from "../../simulate/catalog";
import type { BaseImageResolution } from "../../simulate/catalog";
import type { Stage } from "../../stages/types";
import { walkStageScopes } from "../../stages/walkStageScopes";

/** The ARG and ENV values in effect just before `instruction` runs in `stage`. */
export function scopeBefore(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction,
): ReadonlyMap<string, string> {
  let env: ReadonlyMap<string, string> = new Map();
  const context = {
    globalArgs: analysis.globalArgs,
    buildArgs: analysis.options.buildArgs,
    escapeChar: analysis.parse.escapeChar,
  };
  // FROM names only earlier stages, so the stages up to this one hold everything its scope comes from.
  walkStageScopes(analysis.stages.slice(0, stage.index + 1), context, [], (_stage, visited, scope) => {
    if (visited === instruction) env = new Map(scope.env);
  });
  return env;
}

export interface Setter {
  keyword: "ARG" | "ENV";
  instruction: Instruction;
  line: number;
  stage: Stage;
  /** ARG only: whether it has a `=default`. */
  hasDefault: boolean;
}

/**
 * The last ARG or ENV naming `name` that runs before `instruction` in `stage` or in the stages it is
 * built FROM (pass null to search the whole chain, as a running container sees it).
 */
export function lastSetter(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction | null,
  name: string,
  keywords: readonly ("ARG" | "ENV")[] = ["ARG", "ENV"],
): Setter | null {
  for (let current: Stage | undefined = stage; current;) {
    const instructions = current.instructions;
    let end = instructions.length;
    if (current === stage && instruction) {
      const at = instructions.indexOf(instruction);
      if (at >= 0) end = at;
    }
    for (let i = end - 1; i >= 0; i--) {
      const candidate = instructions[i] as Instruction;
      const found = setterIn(candidate, name, keywords);
      if (found)
        return { ...found, instruction: candidate, line: candidate.range.start.line, stage: current };
    }
    current = current.baseStage === null ? undefined : analysis.stages[current.baseStage];
  }
  return null;
}

function setterIn(
  instruction: Instruction,
  name: string,
  keywords: readonly string[],
): { keyword: "ARG" | "ENV"; hasDefault: boolean } | null {
  if (!keywords.includes(instruction.keyword)) return null;
  if (instruction.keyword === "ARG") {
    for (const word of instruction.args) {
      const arg = splitArg(word.value);
      if (arg.name === name) return { keyword: "ARG", hasDefault: arg.defaultText !== null };
    }
  } else if (instruction.keyword === "ENV") {
    for (const pair of instruction.pairs ?? []) {
      if (unquote(pair.key.value) === name) return { keyword: "ENV", hasDefault: true };
    }
  }
  return null;
}

function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])
    ? text.slice(1, -1)
    : text;
}

/** The stage at the root of `stage`'s FROM chain: the one that names an image. */
export function rootStage(analysis: Analysis, stage: Stage): Stage {
  let root = stage;
  while (root.baseStage !== null && analysis.stages[root.baseStage])
    root = analysis.stages[root.baseStage] as Stage;
  return root;
}

/** The catalog's reading of the image a stage's chain starts from; null for scratch or a blank name. */
export function baseImageOf(analysis: Analysis, stage: Stage): BaseImageResolution | null {
  const root = rootStage(analysis, stage);
  if (root.baseStage !== null || root.base === "" || root.base.toLowerCase() === "scratch") return null;
  return resolveBaseImage(root.base);
}
