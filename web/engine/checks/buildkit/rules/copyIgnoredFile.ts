import type { Instruction } from "../../../parse/types";
import { isIgnored, type IgnorePattern } from "../../../simulate/context/dockerignore";
import { cleanPath, mayReinclude } from "../dockerignore";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

const heredocMarker = /^[0-9]*<<-?/;
const remote = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
const CATCH_ALL = new Set(["*", "**", "**/*"]);

/**
 * CopyIgnoredFile (dispatch): a COPY or ADD source from the build context that `.dockerignore`
 * excludes, so the build cannot find it. The context root (`COPY . .`) counts only when a pattern
 * excludes every entry (`*`); a `!` line that can bring back the source or files below it silences
 * the rule for that source.
 */
export function copyIgnoredFile(patterns: readonly IgnorePattern[]): DispatchRule {
  return ({ instruction, expand }, findings) => {
    const command = instruction.keyword === "ADD" ? "Add" : instruction.keyword === "COPY" ? "Copy" : null;
    if (command === null || fromAnotherStage(instruction)) return;
    for (const word of contextSources(instruction)) {
      const expanded = expand(word);
      if (expanded.error) return;
      if (remote.test(expanded.value)) continue;
      const source = cleanPath(expanded.value);
      if (!excludes(patterns, source)) continue;
      findings.push({
        rule: "CopyIgnoredFile",
        message: MESSAGES.CopyIgnoredFile(command, source),
        fix: FIXES.CopyIgnoredFile(source),
        range: instruction.range,
        instruction,
      });
    }
  };
}

function excludes(patterns: readonly IgnorePattern[], source: string): boolean {
  if (source === "." || source === "/") {
    return !patterns.some((p) => p.exclusion) && patterns.some((p) => CATCH_ALL.has(p.pattern));
  }
  return isIgnored(source, patterns) && !mayReinclude(patterns, source);
}

function fromAnotherStage(instruction: Instruction): boolean {
  return instruction.flags.some((f) => f.name.replace(/^--/, "") === "from");
}

// The source words: every argument but the destination, without heredoc markers.
function contextSources(instruction: Instruction): string[] {
  return instruction.args
    .slice(0, -1)
    .map((word) => word.value)
    .filter((value) => !(instruction.heredocs.length > 0 && heredocMarker.test(value)));
}
