import type { Analysis } from "../engine/analyze";
import type { Diagnostic } from "../engine/diagnostics/types";

const FALLBACK = { error: "Error", warning: "Warning", info: "Info" } as const;

/** `Rule: message (line N)` per diagnostic (rule null prints as Error/Warning/Info), then a summary line. */
export function formatCheck(analysis: Analysis): string {
  const lines = analysis.diagnostics.map(
    (d) => `${d.rule ?? FALLBACK[d.severity]}: ${d.message} (line ${d.range.start.line})`,
  );
  const errors = analysis.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = analysis.diagnostics.filter((d) => d.severity === "warning").length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(
    errors + warnings === 0
      ? "No problems found."
      : `${plural(errors, "error")}, ${plural(warnings, "warning")}.`,
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
  const items: CheckJson[] = analysis.diagnostics.map((d) => ({
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

/** `check`'s exit code: 1 when there is an error, or a warning under `--strict`; else 0. */
export function checkExitCode(analysis: Analysis, strict: boolean): number {
  const failing = (d: Diagnostic) => d.severity === "error" || (strict && d.severity === "warning");
  return analysis.diagnostics.some(failing) ? 1 : 0;
}
