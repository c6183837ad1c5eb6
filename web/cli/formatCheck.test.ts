import { describe, expect, it } from "vitest";
import type { Analysis } from "../engine/analyze";
import type { Diagnostic } from "../engine/diagnostics/types";
import { checkDiagnostics, checkExitCode, formatCheck } from "./formatCheck";

function at(line: number, severity: Diagnostic["severity"], rule: string | null): Diagnostic {
  const start = { line, column: 1 };
  return { severity, rule, message: `${rule ?? severity} here`, range: { start, end: start } };
}

/** An analysis as analyze groups it: BuildKit's errors, its rules, then ours; the notes only in the simulation. */
function analysisOf(diagnostics: Diagnostic[], notes: Diagnostic[] = []): Analysis {
  return { diagnostics, simulation: { diagnostics: notes } } as unknown as Analysis;
}

describe("checkDiagnostics", () => {
  it("sorts by line, keeping the analysis's order on a line, notes after the problems", () => {
    const analysis = analysisOf(
      [
        at(3, "error", null),
        at(1, "warning", "StageNameCasing"),
        at(1, "info", "runs-as-root"),
        at(1, "warning", "base-image-latest"),
      ],
      [at(1, "info", "UnknownBaseImage"), at(2, "info", "unknown-command")],
    );
    expect(checkDiagnostics(analysis).map((d) => `${d.range.start.line} ${d.rule}`)).toEqual([
      "1 StageNameCasing",
      "1 base-image-latest",
      "1 runs-as-root",
      "1 UnknownBaseImage",
      "2 unknown-command",
      "3 null",
    ]);
  });
});

describe("formatCheck's summary", () => {
  it("counts notes, and says No problems found only when there is nothing at all", () => {
    expect(formatCheck(analysisOf([], [at(2, "info", "unknown-command")]))).toBe(
      "unknown-command: unknown-command here (line 2)\n0 errors, 0 warnings, 1 note.\n",
    );
    expect(formatCheck(analysisOf([]))).toBe("No problems found.\n");
  });

  it("never fails on notes, even with --strict", () => {
    const analysis = analysisOf([at(1, "info", "runs-as-root")], [at(2, "info", "unknown-command")]);
    expect([checkExitCode(analysis, false), checkExitCode(analysis, true)]).toEqual([0, 0]);
  });
});
