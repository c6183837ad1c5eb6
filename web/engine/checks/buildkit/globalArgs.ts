// The variables FROM lines see (dockerfile2llb defaultArgs + buildMetaArgs): the automatic platform
// ARGs, then the meta ARGs. InvalidDefaultArgInFrom needs them as the defaults alone make them.
import { lexWord } from "../../expand/lexWord";
import { splitArg } from "../../stages/buildStages";
import { automaticArgs, DEFAULT_PLATFORM, parsePlatform } from "../../stages/platformArgs";
import type { BuildCheckInput } from "./types";

/** Automatic ARGs (a `--build-arg` may override them) and meta ARGs with their build values. */
export function globalArgsOf(input: BuildCheckInput): Map<string, string> {
  const env = automaticArgsOf(input);
  for (const arg of input.metaArgs) if (arg.value !== null) env.set(arg.name, arg.value);
  return env;
}

/**
 * The same, but with every meta ARG at its default as if no `--build-arg` were given; null when a
 * default fails to expand (BuildKit then abandons the check).
 */
export function defaultGlobalArgsOf(input: BuildCheckInput): Map<string, string> | null {
  const env = automaticArgsOf(input);
  for (const instruction of input.parse.instructions) {
    if (instruction.keyword === "FROM") break;
    if (instruction.keyword !== "ARG") continue;
    for (const word of instruction.args) {
      const { name, defaultText } = splitArg(word.value);
      if (defaultText === null) continue;
      const expanded = lexWord(defaultText, env, { escapeChar: input.parse.escapeChar });
      if (expanded.error) return null;
      env.set(name, expanded.value);
    }
  }
  return env;
}

function automaticArgsOf(input: BuildCheckInput): Map<string, string> {
  const last = input.stages[input.stages.length - 1];
  const targetStage = input.options.target || last?.name || "default";
  const platform = parsePlatform(input.options.platform) ?? DEFAULT_PLATFORM;
  return automaticArgs(DEFAULT_PLATFORM, platform, targetStage, input.options.buildArgs);
}
