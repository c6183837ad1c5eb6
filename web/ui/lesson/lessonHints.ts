import type { Diagnostic } from "../../engine";
import type { GoalResult } from "../../content/goals/types";
import type { Hint } from "../../content/types";

/** Whether a hint is about what is wrong right now: its goal fails, or its finding is present. */
export function isHintRelevant(
  hint: Hint,
  results: readonly GoalResult[] | null,
  diagnostics: readonly Diagnostic[] | undefined,
): boolean {
  if (hint.goal) return results?.some((r) => r.id === hint.goal && !r.passed) ?? false;
  if (hint.finding) return diagnostics?.some((d) => d.rule === hint.finding) ?? false;
  return false;
}

/**
 * The hint to open next: the first unopened one about what is wrong now; else the first unopened
 * general hint; else the first unopened one of any kind. Null when every hint is open.
 */
export function nextHint(
  hints: readonly Hint[],
  opened: readonly number[],
  results: readonly GoalResult[] | null,
  diagnostics: readonly Diagnostic[] | undefined,
): number | null {
  const closed = hints.map((_, i) => i).filter((i) => !opened.includes(i));
  const relevant = closed.find((i) => isHintRelevant(hints[i]!, results, diagnostics));
  if (relevant !== undefined) return relevant;
  const general = closed.find((i) => !hints[i]!.goal && !hints[i]!.finding);
  return general ?? closed[0] ?? null;
}

/** Whether every goal of a lesson passes on the analysis shown (results of another analysis do not count). */
export function allGoalsPass(goalCount: number, results: readonly GoalResult[] | null): boolean {
  return goalCount > 0 && results !== null && results.length === goalCount && results.every((r) => r.passed);
}
