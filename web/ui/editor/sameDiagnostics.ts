import type { Diagnostic } from "../../engine";

/** Whether two lists of findings would put the same markers in the editor. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  // An analysis that changed no finding sends the list it sent before.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const e = b[i]!;
    return (
      d.message === e.message &&
      d.severity === e.severity &&
      d.rule === e.rule &&
      d.fix === e.fix &&
      d.range.start.line === e.range.start.line &&
      d.range.start.column === e.range.start.column &&
      d.range.end.line === e.range.end.line &&
      d.range.end.column === e.range.end.column
    );
  });
}
