import type { Diagnostic, Range } from "./types";

/** Builds a diagnostic with rule null, as plain BuildKit errors are. */
export function errorAt(message: string, range: Range): Diagnostic {
  return { severity: "error", rule: null, message, range };
}

/** An empty range at line 1, column 1: where to point when no place in the file is to blame. */
export function fileStartRange(): Range {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
