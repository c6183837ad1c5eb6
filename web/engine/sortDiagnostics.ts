import type { Diagnostic } from "./diagnostics/types";

/** Sorts by position (stable, so same-line findings keep pipeline order) and drops exact duplicates. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.range.start.line}:${d.severity}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.range.start.line - b.d.range.start.line ||
        a.d.range.start.column - b.d.range.start.column ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}
