// Turns a finding at a line into a Diagnostic: the range of the instruction on that line (the whole
// instruction, as BuildKit's checks blame it), or the line's start when no instruction starts there.
import type { Diagnostic, Severity } from "../../diagnostics/types";
import type { Instruction, ParseResult } from "../../parse/types";
import type { TeachingCheckInput } from "./types";

export interface TeachingFinding {
  rule: string;
  severity: Severity;
  line: number;
  message: string;
  fix: string;
  url?: string;
}

const byLine = new WeakMap<ParseResult, Map<number, Instruction>>();

/** The instruction that starts on `line`, found through an index built once per parse. */
export function instructionAt(parse: ParseResult, line: number): Instruction | undefined {
  let index = byLine.get(parse);
  if (!index) {
    index = new Map();
    for (const instruction of parse.instructions) {
      if (!index.has(instruction.range.start.line)) index.set(instruction.range.start.line, instruction);
    }
    byLine.set(parse, index);
  }
  return index.get(line);
}

export function teachingDiagnostic(input: TeachingCheckInput, finding: TeachingFinding): Diagnostic {
  const instruction = instructionAt(input.parse, finding.line);
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
