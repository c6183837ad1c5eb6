import { lexWord } from "../../../expand/lexWord";
import type { Flag } from "../../../parse/types";
import type { Stage } from "../../../stages/types";

/** FROM's `--platform` value (quotes removed by the flag parser), or null. */
export function platformFlag(stage: Stage): Flag | null {
  const flag = stage.from.flags.find((f) => f.name.replace(/^--/, "") === "platform");
  return flag && flag.value !== null ? flag : null;
}

/** shell.ProcessWordWithMatches: the result and the names found and not found in `env`. */
export function processWithMatches(text: string, env: ReadonlyMap<string, string>, escapeChar: "\\" | "`") {
  const result = lexWord(text, env, { escapeChar });
  const matched = new Set<string>();
  const unmatched = new Set<string>();
  for (const reference of result.references) (reference.defined ? matched : unmatched).add(reference.name);
  return { value: result.value, error: result.error, matched, unmatched };
}
