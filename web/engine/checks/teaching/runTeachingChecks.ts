// Stageplay's own checks over the simulated build: what the final image keeps that it does not need,
// what it lacks to start, and build mistakes BuildKit does not warn about. Each check reads the
// simulation's facts (files, layers, config, verdict, graph), never the Dockerfile's text.
import type { Diagnostic } from "../../diagnostics/types";
import { VERDICT_EXPLAINERS } from "./imageWouldNotStart";
import { TEACHING_CHECKS, type TeachingCheckEntry } from "./teachingChecks";
import type { TeachingCheckInput } from "./types";

/** Runs every teaching check; returns their diagnostics in check order (the caller sorts). Never throws. */
export function runTeachingChecks(
  input: TeachingCheckInput,
  checks: readonly TeachingCheckEntry[] = TEACHING_CHECKS,
): Diagnostic[] {
  // BuildKit builds nothing from a file it cannot parse or whose stages it cannot resolve: there is
  // no image to teach about, and a partial simulation would only add noise next to the error the
  // learner must fix first. Errors of the simulated build itself (a COPY source not found) are not
  // such errors: the teaching checks often say why they happen.
  const simulated = new Set(input.simulation.diagnostics);
  const stopped = (input.diagnostics ?? input.parse.diagnostics).some(
    (d) => d.severity === "error" && !simulated.has(d),
  );
  if (stopped || input.target === null) return [];
  const diagnostics: Diagnostic[] = [];
  for (const { ids, run } of checks) {
    try {
      diagnostics.push(...run(input, diagnostics));
    } catch (e) {
      // A bug in one check must not cost the learner the other checks or the analysis.
      const start = { line: 1, column: 1 };
      diagnostics.push({
        severity: "error",
        rule: "internal",
        message: `internal error in the teaching check ${ids.join("/")}: ${String(e)}`,
        range: { start, end: start },
      });
    }
  }
  return diagnostics.map((finding) => weighedByVerdict(finding, input));
}

/**
 * A finding that explains a failing reason the verdict is unsure of (an unknown step or image may
 * provide what is missing) is a note, as that reason is: never an error about an image that may
 * well start.
 */
function weighedByVerdict(finding: Diagnostic, input: TeachingCheckInput): Diagnostic {
  const verdict = input.simulation.image?.verdict;
  if (!verdict || finding.severity === "info" || !VERDICT_EXPLAINERS.has(finding.rule ?? "")) return finding;
  const line = finding.range.start.line;
  const failing = verdict.reasons.filter((reason) => !reason.ok && reason.line === line);
  if (failing.length === 0 || failing.some((reason) => reason.unsure !== true)) return finding;
  const doubt = /cannot (fully )?tell/.test(finding.message)
    ? ""
    : " Stageplay cannot tell for sure: a step or image it cannot follow may provide what is missing.";
  return { ...finding, severity: "info", message: `${finding.message}${doubt}` };
}
