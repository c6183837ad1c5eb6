// Turns a finding at a line into a Diagnostic: the range of the instruction on that line (the whole
// instruction, as BuildKit's checks blame it), or the line's start when no instruction starts there.
import type { Diagnostic, Severity } from "../../diagnostics/types";
import type { TeachingCheckInput } from "./types";

export interface TeachingFinding {
  rule: string;
  severity: Severity;
  line: number;
  message: string;
  fix: string;
  url?: string;
}

export function teachingDiagnostic(input: TeachingCheckInput, finding: TeachingFinding): Diagnostic {
  const instruction = input.parse.instructions.find(
    (candidate) => candidate.range.start.line === finding.line,
  );
  const start = { line: finding.line, column: 1 };
  return {
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    range: instruction ? instruction.range : { start, end: start },
    fix: finding.fix,
    ...(finding.url ? { url: finding.url } : {}),
  };
}

/** Inline code, as the verdict's messages quote it. */
export function code(text: string): string {
  return `\`${text}\``;
}
