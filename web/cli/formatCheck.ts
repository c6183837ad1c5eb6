import type { Analysis } from "../engine/analyze";
import type { Diagnostic } from "../engine/diagnostics/types";

const FALLBACK = { error: "Error", warning: "Warning", info: "Info" } as const;

/**
 * What `check` prints: the analysis's diagnostics and the simulator's notes (unknown base images and
 * commands, estimates), which only `simulation.diagnostics` holds, sorted by line. Within a line the
 * problems come first in the analysis's order (parse and graph errors, BuildKit's rules, Stageplay's
 * checks), then the notes (info), Stageplay's before the simulator's.
 */
export function checkDiagnostics(analysis: Analysis): Diagnostic[] {
  const notes = analysis.simulation.diagnostics.filter((d) => d.severity === "info");
  const isNote = (d: Diagnostic) => (d.severity === "info" ? 1 : 0);
  return [...analysis.diagnostics, ...notes]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.range.start.line - b.d.range.start.line || isNote(a.d) - isNote(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * `Rule: message (line N)` per diagnostic, then a summary line. BuildKit names no rule for the errors
 * it stops on (a parse error, a COPY source not found): their rule is null and they print as
 * `Error:` (a null-rule warning or note as `Warning:` or `Info:`).
 */
export function formatCheck(analysis: Analysis): string {
  const diagnostics = checkDiagnostics(analysis);
  const lines = diagnostics.map(
    (d) => `${d.rule ?? FALLBACK[d.severity]}: ${d.message} (line ${d.range.start.line})`,
  );
  const count = (severity: Diagnostic["severity"]) =>
    diagnostics.filter((d) => d.severity === severity).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("info")];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const noted = notes > 0 ? `, ${plural(notes, "note")}` : "";
  lines.push(
    errors + warnings + notes === 0
      ? "No problems found."
      : `${plural(errors, "error")}, ${plural(warnings, "warning")}${noted}.`,
  );
  return lines.join("\n") + "\n";
}

/** One diagnostic as `check --format json` prints it; every key is always present. */
export interface CheckJson {
  severity: Diagnostic["severity"];
  rule: string | null;
  message: string;
  line: number;
  column: number;
  fix: string | null;
  url: string | null;
}

/** The diagnostics as a JSON array, in the order the text format prints them. */
export function formatCheckJson(analysis: Analysis): string {
  const items: CheckJson[] = checkDiagnostics(analysis).map((d) => ({
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.column,
    fix: d.fix ?? null,
    url: d.url ?? null,
  }));
  return JSON.stringify(items, null, 2) + "\n";
}

/** `check`'s exit code: 1 when there is an error, or a warning under `--strict`; notes never fail. */
export function checkExitCode(analysis: Analysis, strict: boolean): number {
  const failing = (d: Diagnostic) => d.severity === "error" || (strict && d.severity === "warning");
  return analysis.diagnostics.some(failing) ? 1 : 0;
}
