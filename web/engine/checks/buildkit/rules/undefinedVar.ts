import { lexWord } from "../../../expand/lexWord";
import type { ExpandResult } from "../../../expand/types";
import type { Instruction } from "../../../parse/types";
import { resolveBaseImage } from "../../../simulate/catalog/resolveBaseImage";
import { splitArg } from "../../../stages/buildStages";
import { instructionWords } from "../../../stages/instructionWords";
import type { Stage, StageIndex } from "../../../stages/types";
import type { StageScope } from "../../../stages/walkStageScopes";
import { closestName } from "../closestName";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule, DispatchStep } from "../types";

/** Build arguments BuildKit reads itself and never puts in the environment (nonEnvArgs). */
const NON_ENV_ARGS = new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);

/**
 * UndefinedVar (dispatch): a variable BuildKit substitutes that is neither in the stage's environment
 * (the base image's ENV, which always has PATH; ARG values; ENV) nor a declared ARG. Checked in the
 * words BuildKit expands (COPY/ADD, ENV, LABEL, WORKDIR, USER, … and ARG defaults), never in
 * RUN/CMD/ENTRYPOINT command text, nor in EXPOSE. `${V:-x}` still counts as a use of V.
 */
export function undefinedVar(
  stages: readonly Stage[],
  buildArgs: Readonly<Record<string, string>>,
  globalArgs: ReadonlyMap<string, string>,
  escapeChar: "\\" | "`",
): DispatchRule {
  const imageEnv = new Map<StageIndex, ReadonlySet<string> | null>();
  const envOfImage = (stage: Stage): ReadonlySet<string> | null => {
    let env = imageEnv.get(stage.index);
    if (env === undefined) {
      env = stage.baseStage !== null ? envOfImage(stages[stage.baseStage] as Stage) : baseImageEnv(stage);
      imageEnv.set(stage.index, env);
    }
    return env;
  };

  return (step, findings) => {
    const { instruction } = step;
    // EXPOSE is expanded by dispatchExpose's ProcessWords, which does not report unmatched names.
    if (instruction.keyword === "EXPOSE") return;
    const listed = instruction.keyword !== "ARG" && instruction.keyword !== "ENV";
    const words = listed ? instructionWords(instruction) : [];
    const heredocs = listed ? expandedHeredocs(instruction) : [];
    // Most steps (RUN without mounts, CMD, FROM, …) expand nothing: no reporter to set up.
    if (listed && words.length === 0 && heredocs.length === 0) return;
    const image = envOfImage(step.stage);
    // The ENV of an image outside the catalog is unknown: any name may be defined there ($APP_UID
    // in the .NET images, $PHP_INI_DIR in php's), and BuildKit expands with it. Nothing to say.
    if (image === null) return;
    // BuildKit warns once per word; the same message twice on one line says nothing new.
    // Made when a name is undefined, which most words never meet.
    let messages: Set<string> | null = null;
    const report = (
      result: ExpandResult,
      scope: ReadonlyMap<string, string>,
      declared: ReadonlySet<string>,
    ) => {
      let seen: Set<string> | null = null;
      for (const { name, defined } of result.references) {
        if (defined || seen?.has(name) || declared.has(name) || image.has(name) || NON_ENV_ARGS.has(name))
          continue;
        (seen ??= new Set()).add(name);
        const suggestion = closestName(name, new Set([...image, ...scope.keys()]));
        const message = MESSAGES.UndefinedVar(name, suggestion);
        messages ??= new Set();
        if (messages.has(message)) continue;
        messages.add(message);
        const fix = FIXES.UndefinedVar(name, suggestion);
        findings.push({ rule: "UndefinedVar", message, fix, range: instruction.range, instruction });
      }
    };
    const { env, declaredArgs } = step.scope;
    if (instruction.keyword === "ARG") {
      checkArgDefaults(step, buildArgs, globalArgs, escapeChar, report);
      return;
    }
    if (instruction.keyword === "ENV") {
      for (const pair of instruction.pairs ?? []) {
        report(step.expand(pair.key.value), env, declaredArgs);
        report(step.expand(pair.value.value), env, declaredArgs);
      }
      return;
    }
    for (const word of words) report(step.expand(word.text), env, declaredArgs);
    for (const heredoc of heredocs) {
      report(lexWord(heredoc, env, { skipProcessQuotes: true }), env, declaredArgs);
    }
  };
}

type Report = (result: ExpandResult, env: ReadonlyMap<string, string>, declared: ReadonlySet<string>) => void;

// dispatchArg: each default is expanded (unless a --build-arg replaces it) with the ARGs before it,
// those earlier on the same line included.
function checkArgDefaults(
  step: DispatchStep,
  buildArgs: Readonly<Record<string, string>>,
  globalArgs: ReadonlyMap<string, string>,
  escapeChar: "\\" | "`",
  report: Report,
): void {
  const scope: StageScope = { env: new Map(step.scope.env), declaredArgs: new Set(step.scope.declaredArgs) };
  for (const word of step.instruction.args) {
    const { name, defaultText } = splitArg(word.value);
    let value: string | null;
    if (Object.hasOwn(buildArgs, name)) value = buildArgs[name] as string;
    else if (defaultText !== null) {
      const expanded = lexWord(defaultText, scope.env, { escapeChar });
      report(expanded, scope.env, scope.declaredArgs);
      if (expanded.error) return;
      value = expanded.value;
    } else value = globalArgs.get(name) ?? null;
    if (value !== null && !NON_ENV_ARGS.has(name)) scope.env.set(name, value);
    scope.declaredArgs.add(name);
  }
}

// COPY/ADD heredocs with an unquoted delimiter are expanded (ExpandRaw); RUN's go to the shell.
function expandedHeredocs(instruction: Instruction): string[] {
  if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") return [];
  return instruction.heredocs.filter((h) => h.expand).map((h) => h.content);
}

/** The names the base image's config defines; null when the image is not in the catalog. */
function baseImageEnv(stage: Stage): ReadonlySet<string> | null {
  const names = new Set(["PATH"]);
  if (stage.base === "" || stage.base === "scratch") return names;
  const resolution = resolveBaseImage(stage.base);
  if (resolution.unknown) return null;
  for (const name of Object.keys(resolution.image.config.env)) names.add(name);
  return names;
}
