// Test helpers: apply a fix's edits as the editor does (one edit, ranges of the original text), and
// run a fix end to end: analyze, ask for the fixes of one finding, apply, analyze again.
import { analyze, type Analysis } from "../../../analyze";
import { contextOf } from "../../../checks/teaching/testing/teachingFindings";
import type { Diagnostic } from "../../../diagnostics/types";
import { quickFixesFor } from "../../quickFixes";
import type { QuickFix, TextEdit } from "../../types";
import { SourceText } from "../sourceText";

/** `source` with `edits` applied; throws when two edits overlap, which the editor would refuse. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const text = new SourceText(source);
  const spans = edits
    .map((edit) => ({ from: text.offsetAt(edit.range.start), to: text.offsetAt(edit.range.end), edit }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  spans.forEach((span, index) => {
    const next = spans[index + 1];
    if (next && next.from < span.to) throw new Error("overlapping edits");
  });
  let result = source;
  for (const { from, to, edit } of spans.reverse())
    result = result.slice(0, from) + edit.text + result.slice(to);
  return result;
}

export interface FixRun {
  before: Analysis;
  /** The finding fixed: the first of its rule. */
  finding: Diagnostic;
  /** The fixes offered at the finding's range for its rule. */
  fixes: QuickFix[];
  /** The text after the first fix. */
  fixed: string;
  after: Analysis;
  /** Rules (null for plain errors) before and after, each listed once, sorted. */
  rulesBefore: string[];
  rulesAfter: string[];
  /** How many findings of the rule there are after the fix. */
  remaining: number;
}

/** Applies the first fix offered for the first finding of `rule`. */
export function runFix(source: string, rule: string, files?: Record<string, string | number>): FixRun {
  const options = files ? { context: contextOf(files) } : {};
  const before = analyze(source, options);
  const finding = before.diagnostics.find((d) => d.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding in:\n${source}`);
  const fixes = quickFixesFor(before, source, finding.range).filter((fix) => fix.rule === rule);
  const fixed = fixes[0] ? applyEdits(source, fixes[0].edits) : source;
  const after = analyze(fixed, options);
  return {
    before,
    finding,
    fixes,
    fixed,
    after,
    rulesBefore: rulesOf(before),
    rulesAfter: rulesOf(after),
    remaining: after.diagnostics.filter((d) => d.rule === rule).length,
  };
}

function rulesOf(analysis: Analysis): string[] {
  return [...new Set(analysis.diagnostics.map((d) => String(d.rule)))].sort();
}
