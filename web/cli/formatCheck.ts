import type { Analysis } from "../engine/analyze";

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
