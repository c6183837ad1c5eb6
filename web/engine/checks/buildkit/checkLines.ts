// A compact view of build-check results for tests and examples: BuildKit's short lint format.
import { analyze, type AnalyzeOptions } from "../../analyze";
import { runBuildChecks } from "./runBuildChecks";

export interface CheckLinesOptions extends Pick<AnalyzeOptions, "target" | "buildArgs" | "platform"> {
  dockerignore?: string;
}

/** Analyzes `source` and lists its build checks as `Rule: message (line N)`, sorted by line. */
export function checkLines(source: string, options: CheckLinesOptions = {}): string[] {
  const { dockerignore, ...analyzeOptions } = options;
  const analysis = analyze(source, analyzeOptions);
  return runBuildChecks({ ...analysis, dockerignore: dockerignore ?? null })
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.range.start.line - b.d.range.start.line || a.i - b.i)
    .map(
      ({ d }) =>
        `${d.rule ?? (d.severity === "error" ? "Error" : "Warning")}: ${d.message} (line ${d.range.start.line})`,
    );
}
