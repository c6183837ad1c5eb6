// What checking one goal gives: a pass, or what was found instead and the line to look at.
import type { Analysis, Diagnostic } from "../../engine";

export type Outcome = { passed: true } | { passed: false; found: string; line: number | null };

export const pass: Outcome = { passed: true };

export const fail = (found: string, line: number | null = null): Outcome => ({ passed: false, found, line });

/** The text of a 1-based line, trimmed, for quoting in a message. */
export function lineText(source: string, line: number | null): string {
  if (line === null) return "";
  const text = (source.split("\n")[line - 1] ?? "").trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The error that stops `docker build`: BuildKit's own (parse, stages) or a failing step's; not a teaching check's. */
export function buildError(analysis: Analysis): Diagnostic | undefined {
  return (
    analysis.diagnostics.find((d) => d.severity === "error" && d.rule === null) ??
    analysis.simulation.diagnostics.find((d) => d.severity === "error")
  );
}

/** Why there is no final image to check: the build stops first, or there is no stage. */
export function noImage(analysis: Analysis): Outcome {
  const error = buildError(analysis);
  if (error)
    return fail(`the build stops before there is an image: ${error.message}`, error.range.start.line);
  return fail("there is no image: the Dockerfile has no build stage");
}
