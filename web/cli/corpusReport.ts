// `corpus`: every Dockerfile of a folder through the engine, one row each — errors, warnings, notes,
// the start verdict and the time — then the totals. The tool for measuring false alarms on real
// Dockerfiles kept outside the repository.
import { analyze, type Analysis, type AnalyzeOptions } from "../engine/analyze";

export type VerdictWord = "starts" | "would not start" | "cannot tell" | "export only" | "no image";

export interface CorpusEntry {
  name: string;
  source: string;
  options?: AnalyzeOptions;
}

export interface CorpusRow {
  name: string;
  stages: number;
  errors: number;
  warnings: number;
  notes: number;
  verdict: VerdictWord;
  ms: number;
  /** The errors and the failing verdict reasons, as `line N: message`, for --details. */
  details: string[];
}

/** The verdict as a word: what the corpus table and the totals count. */
export function verdictWord(analysis: Analysis): VerdictWord {
  const image = analysis.simulation.image;
  if (!image) return "no image";
  if (image.verdict.exportOnly) return "export only";
  if (image.verdict.runs === null) return "cannot tell";
  return image.verdict.runs ? "starts" : "would not start";
}

export function corpusRow(entry: CorpusEntry, now: () => number = () => performance.now()): CorpusRow {
  const start = now();
  const analysis = analyze(entry.source, entry.options);
  const ms = now() - start;
  const all = [
    ...analysis.diagnostics,
    ...analysis.simulation.diagnostics.filter((d) => d.severity === "info"),
  ];
  const count = (severity: string) => all.filter((d) => d.severity === severity).length;
  const verdict = verdictWord(analysis);
  const details = analysis.diagnostics
    .filter((d) => d.severity !== "info")
    .map((d) => `line ${d.range.start.line}: ${d.severity} ${d.rule ?? "Error"}: ${d.message}`);
  if (verdict === "would not start" || verdict === "cannot tell") {
    for (const reason of analysis.simulation.image?.verdict.reasons ?? []) {
      if (!reason.ok && reason.check !== "build")
        details.push(`line ${reason.line ?? "-"}: verdict ${reason.check}: ${reason.message}`);
    }
  }
  return {
    name: entry.name,
    stages: analysis.stages.length,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
    verdict,
    ms,
    details,
  };
}

const VERDICTS: readonly VerdictWord[] = [
  "starts",
  "would not start",
  "cannot tell",
  "export only",
  "no image",
];

/** The table, then a line of totals per column and per verdict. */
export function formatCorpus(rows: readonly CorpusRow[], details = false): string {
  const nameWidth = Math.min(60, Math.max(4, ...rows.map((row) => row.name.length)));
  const head = `${"FILE".padEnd(nameWidth)}  STAGES  ERRORS  WARNINGS  NOTES  ${"VERDICT".padEnd(15)}  TIME`;
  const lines = [head];
  for (const row of rows) {
    const name = row.name.length > nameWidth ? `…${row.name.slice(-(nameWidth - 1))}` : row.name;
    lines.push(
      `${name.padEnd(nameWidth)}  ${String(row.stages).padStart(6)}  ${String(row.errors).padStart(6)}  ${String(row.warnings).padStart(8)}  ${String(row.notes).padStart(5)}  ${row.verdict.padEnd(15)}  ${row.ms.toFixed(1).padStart(6)} ms`,
    );
    if (details) for (const detail of row.details) lines.push(`    ${detail}`);
  }
  const sum = (pick: (row: CorpusRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const withErrors = rows.filter((row) => row.errors > 0).length;
  const byVerdict = VERDICTS.map((word) => `${rows.filter((row) => row.verdict === word).length} ${word}`);
  const times = rows.map((row) => row.ms).sort((a, b) => a - b);
  const median = times.length > 0 ? (times[Math.floor(times.length / 2)] as number) : 0;
  lines.push(
    "",
    `${rows.length} files: ${withErrors} with errors (${sum((row) => row.errors)} errors), ${sum((row) => row.warnings)} warnings, ${sum((row) => row.notes)} notes`,
    `verdicts: ${byVerdict.join(", ")}`,
    `time: ${sum((row) => row.ms).toFixed(0)} ms in all, median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms`,
  );
  return lines.join("\n") + "\n";
}
