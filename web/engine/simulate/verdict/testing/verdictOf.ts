// Test helpers: the verdict of a hand-built stage, and its failing reasons in one line each.
import type { StageSimulation, Verdict, VerdictReason } from "../../types";
import { computeVerdict } from "../computeVerdict";

export function verdictOf(target: StageSimulation, ...others: StageSimulation[]): Verdict {
  return computeVerdict(target, [...others, target]);
}

/** The first failing reason, which a test then reads field by field. */
export function failure(verdict: Verdict): VerdictReason {
  const reason = verdict.reasons.find((r) => !r.ok);
  if (!reason)
    throw new Error(`expected a failing reason, got: ${verdict.reasons.map((r) => r.message).join(" | ")}`);
  return reason;
}

export function failures(verdict: Verdict): string[] {
  return verdict.reasons.filter((r) => !r.ok).map((r) => `${r.check}: ${r.runtimeError ?? ""}`);
}
