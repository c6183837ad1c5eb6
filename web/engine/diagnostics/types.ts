/** A position in the source: 1-based line, 1-based column (Monaco's convention), counted in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

/** A source range; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = "error" | "warning" | "info";

/**
 * One finding about a Dockerfile, from any phase of the pipeline.
 * `rule` is BuildKit's rule name (e.g. "StageNameCasing"), one of our check ids, or null for
 * plain parse and graph errors, whose `message` is BuildKit's own text.
 */
export interface Diagnostic {
  severity: Severity;
  rule: string | null;
  message: string;
  range: Range;
  /** What to change, in words a learner understands. */
  fix?: string;
  /** Where the rule is explained. */
  url?: string;
}
