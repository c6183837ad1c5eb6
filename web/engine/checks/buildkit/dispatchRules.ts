import type { Diagnostic } from "../../diagnostics/types";
import { lexWord } from "../../expand/lexWord";
import type { ExpandResult } from "../../expand/types";
import { parseDockerignore } from "../../simulate/context/dockerignore";
import type { Instruction } from "../../parse/types";
import { splitArg } from "../../stages/buildStages";
import { instructionWords } from "../../stages/instructionWords";
import type { Stage, StageIndex } from "../../stages/types";
import { walkStageScopes, type StageScope } from "../../stages/walkStageScopes";
import { globalArgsOf } from "./globalArgs";
import { applyTrigger, inheritedTriggers } from "./onbuildTriggers";
import { copyIgnoredFile } from "./rules/copyIgnoredFile";
import { exposePorts } from "./rules/exposePorts";
import { jsonArgsRecommended } from "./rules/jsonArgsRecommended";
import { legacyKeyValueFormat } from "./rules/legacyKeyValueFormat";
import { multipleInstructionsDisallowed } from "./rules/multipleInstructionsDisallowed";
import { secretsUsedInArgOrEnv } from "./rules/secretsUsedInArgOrEnv";
import { undefinedVar } from "./rules/undefinedVar";
import { workdirRelativePath } from "./rules/workdirRelativePath";
import type { BuildCheckInput, DispatchRule, Finding } from "./types";

/**
 * The dispatch-time rules, run in one walk over the stages with their ARG/ENV scope. Only the stages
 * the build runs are checked, as BuildKit only dispatches those; the others still shape the scopes
 * of the stages built on them.
 */
export function dispatchFindings(input: BuildCheckInput): Finding[] {
  const globalArgs = globalArgsOf(input);
  const { buildArgs } = input.options;
  const escapeChar = input.parse.escapeChar;
  const rules: DispatchRule[] = [
    undefinedVar(input.stages, buildArgs, globalArgs, escapeChar),
    workdirRelativePath(input.stages),
    copyIgnoredFileRule(input),
    legacyKeyValueFormat(),
    secretsUsedInArgOrEnv(),
    jsonArgsRecommended(),
    multipleInstructionsDisallowed(),
    exposePorts(),
  ].filter((rule): rule is DispatchRule => rule !== null);
  const built = new Set(input.built);
  const findings: Finding[] = [];
  // Words that fail to expand are analyze's to report; here they only end a rule's look at a word.
  const ignoredErrors: Diagnostic[] = [];
  const started = new Set<StageIndex>();
  let failed = false;
  // BuildKit runs the ONBUILD triggers of the stage this one is built on first, at its FROM.
  const runTriggers = (stage: Stage, scope: StageScope, expand: (text: string) => ExpandResult) => {
    started.add(stage.index);
    for (const trigger of inheritedTriggers(stage, input.stages)) {
      const step = { stage, instruction: trigger, scope, expand };
      for (const rule of rules) rule(step, findings);
      applyTrigger(trigger, scope, expand, { buildArgs, globalArgs });
    }
  };
  const finals = walkStageScopes(
    input.stages,
    { globalArgs, buildArgs, escapeChar },
    ignoredErrors,
    (stage, instruction, scope, expand) => {
      if (!built.has(stage.index) || failed) return;
      if (!started.has(stage.index)) runTriggers(stage, scope, expand);
      const step = { stage, instruction, scope, expand };
      for (const rule of rules) rule(step, findings);
      // BuildKit stops dispatching at a word that fails to expand, after linting that instruction.
      failed = failsToExpand(instruction, expand, buildArgs);
    },
  );
  // A stage with no instructions of its own still runs the triggers it inherits.
  for (const stage of input.stages) {
    if (failed) break;
    if (!built.has(stage.index) || started.has(stage.index)) continue;
    const scope = finals[stage.index] as StageScope;
    runTriggers(stage, scope, (text) => lexWord(text, scope.env, { escapeChar }));
  }
  return findings;
}

function copyIgnoredFileRule(input: BuildCheckInput): DispatchRule | null {
  const text =
    input.dockerignore ?? input.context?.find((file) => cleanName(file.path) === ".dockerignore")?.content;
  if (text === undefined || text === null) return null;
  const patterns = parseDockerignore(text);
  return patterns.length > 0 ? copyIgnoredFile(patterns) : null;
}

const cleanName = (path: string) => path.replace(/^(\.\/|\/)+/, "");

function failsToExpand(
  instruction: Instruction,
  expand: (text: string) => ExpandResult,
  buildArgs: Readonly<Record<string, string>>,
): boolean {
  if (instruction.keyword === "ARG") {
    // A default a --build-arg replaces is never expanded.
    return instruction.args.some((word) => {
      const { name, defaultText } = splitArg(word.value);
      return defaultText !== null && !Object.hasOwn(buildArgs, name) && expand(defaultText).error !== null;
    });
  }
  if (instruction.keyword === "ENV") {
    return (instruction.pairs ?? []).some(
      (pair) => expand(pair.key.value).error !== null || expand(pair.value.value).error !== null,
    );
  }
  return instructionWords(instruction).some((word) => expand(word.text).error !== null);
}
