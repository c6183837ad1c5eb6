// Each stage's variables as BuildKit's dispatcher sees them at every instruction: ARG takes effect
// from its line (a `--build-arg` wins over the default; `ARG NAME` imports a meta or automatic ARG),
// ENV overrides ARG, and `FROM <stage>` inherits both. One walk in file order covers every stage
// because FROM can only name an earlier stage.
import type { Diagnostic } from "../diagnostics/types";
import { lexWord } from "../expand/lexWord";
import type { Env, ExpandResult } from "../expand/types";
import type { Instruction, Word } from "../parse/types";
import { errorAt } from "../diagnostics/errorAt";
import { splitArg } from "../parse/splitArg";
import type { Stage } from "./types";

/** BuildKit always adds this PATH when the base image does not set one; other image ENV is unknown here. */
export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** The variables in effect at one point of a stage. */
export interface StageScope {
  /** ARG and ENV values (what `$V` sees). */
  env: Map<string, string>;
  /** Every ARG name declared so far, with or without a value (they are never "undefined variables"). */
  declaredArgs: Set<string>;
}

export interface ScopeContext {
  globalArgs: ReadonlyMap<string, string>;
  buildArgs: Readonly<Record<string, string>>;
  escapeChar: "\\" | "`";
}

/** Called for each instruction of each stage with the scope *before* it runs, and a word expander bound to it. */
export type ScopeVisitor = (
  stage: Stage,
  instruction: Instruction,
  scope: StageScope,
  expand: (text: string) => ExpandResult,
) => void;

/**
 * Walks every stage in file order, tracking ARG/ENV scope and calling `visit` before each instruction.
 * Reports expansion errors of ARG and ENV only for built stages (BuildKit evaluates them when dispatching).
 * Returns each stage's final scope.
 */
export function walkStageScopes(
  stages: readonly Stage[],
  context: ScopeContext,
  diagnostics: Diagnostic[],
  visit?: ScopeVisitor,
): StageScope[] {
  const finals: StageScope[] = [];
  for (const stage of stages) {
    const parent = stage.baseStage !== null ? finals[stage.baseStage] : undefined;
    const scope: StageScope = parent
      ? { env: new Map(parent.env), declaredArgs: new Set(parent.declaredArgs) }
      : { env: new Map([["PATH", DEFAULT_PATH]]), declaredArgs: new Set() };
    // scope.env is one Map for the whole stage (ARG and ENV set into it), so one expander serves every instruction.
    const env: Env = scope.env;
    const options = { escapeChar: context.escapeChar };
    const expand = (text: string) => lexWord(text, env, options);
    for (const instruction of stage.instructions) {
      visit?.(stage, instruction, scope, expand);
      if (instruction.keyword === "ARG")
        applyArg(instruction, scope, context, expand, stage.built ? diagnostics : null);
      else if (instruction.keyword === "ENV")
        applyEnv(instruction, scope, expand, stage.built ? diagnostics : null);
    }
    finals.push(scope);
  }
  return finals;
}

function applyArg(
  instruction: Instruction,
  scope: StageScope,
  context: ScopeContext,
  expand: (text: string) => ExpandResult,
  diagnostics: Diagnostic[] | null,
): void {
  for (const word of instruction.args) {
    const { name, defaultText } = splitArg(word.value);
    let value: string | null = null;
    if (Object.hasOwn(context.buildArgs, name)) value = context.buildArgs[name] as string;
    else if (defaultText !== null) {
      const expanded = expand(defaultText);
      if (expanded.error) diagnostics?.push(errorAt(expanded.error.message, word.range));
      else value = expanded.value;
    } else value = context.globalArgs.get(name) ?? null;
    if (value !== null) scope.env.set(name, value);
    scope.declaredArgs.add(name);
  }
}

// One environment for the whole instruction: in `ENV a=1 b=$a`, b sees the old a.
function applyEnv(
  instruction: Instruction,
  scope: StageScope,
  expand: (text: string) => ExpandResult,
  diagnostics: Diagnostic[] | null,
): void {
  const updates: [string, string][] = [];
  for (const pair of instruction.pairs ?? []) {
    const key = expandOrReport(pair.key, expand, diagnostics);
    const value = expandOrReport(pair.value, expand, diagnostics);
    if (key !== null && value !== null) updates.push([key, value]);
  }
  for (const [key, value] of updates) scope.env.set(key, value);
}

function expandOrReport(
  word: Word,
  expand: (text: string) => ExpandResult,
  diagnostics: Diagnostic[] | null,
): string | null {
  const result = expand(word.value);
  if (result.error) {
    diagnostics?.push(errorAt(result.error.message, word.range));
    return null;
  }
  return result.value;
}
