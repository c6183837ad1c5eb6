// Test helpers: run the whole pipeline (analyze, simulation included) on a Dockerfile and its build
// context, and read what one teaching check said.
import { analyze, type Analysis, type AnalyzeOptions } from "../../../analyze";
import type { Diagnostic } from "../../../diagnostics/types";
import type { ContextFile } from "../../../simulate/types";

/** Context files from `{ path: text }`; a number stands for a file of that many bytes without text. */
export function contextOf(files: Record<string, string | number>): ContextFile[] {
  return Object.entries(files).map(([path, body]) =>
    typeof body === "number"
      ? { path, sizeBytes: body }
      : { path, sizeBytes: new TextEncoder().encode(body).length, content: body },
  );
}

export function analyzeWith(
  dockerfile: string,
  files: Record<string, string | number> = {},
  options: Omit<AnalyzeOptions, "context"> = {},
): Analysis {
  return analyze(dockerfile, { ...options, context: contextOf(files) });
}

/** The diagnostics of one rule, after analyze has merged and sorted everything. */
export function findings(
  dockerfile: string,
  rule: string,
  files: Record<string, string | number> = {},
  options: Omit<AnalyzeOptions, "context"> = {},
): Diagnostic[] {
  const analysis = analyzeWith(dockerfile, files, options);
  const internal = analysis.diagnostics.filter((d) => d.rule === "internal");
  if (internal.length > 0) throw new Error(internal.map((d) => d.message).join("\n"));
  return analysis.diagnostics.filter((d) => d.rule === rule);
}

/** The lines one rule blames, for near-miss assertions. */
export function linesOf(diagnostics: readonly Diagnostic[]): number[] {
  return diagnostics.map((d) => d.range.start.line);
}
