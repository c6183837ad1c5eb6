import type { Diagnostic, Range } from "../diagnostics/types";

/** The instruction keywords BuildKit knows (frontend/dockerfile/command/command.go). */
export const KEYWORDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
] as const;
export type Keyword = (typeof KEYWORDS)[number];

/**
 * A piece of source text with where it came from. `value` is raw: quotes and escapes kept.
 * In exec (JSON) form `value` is the decoded JSON string, as BuildKit's node holds it, and `range`
 * covers the JSON string token, quotes included. A word on continuation lines has the range from
 * its first character to just after its last, lines in between included.
 */
export interface Word {
  value: string;
  range: Range;
}

/** A `--name[=value]` flag. `value` has quotes removed, as BuildKit's flag parser does; null when there is no `=`. */
export interface Flag {
  name: string;
  value: string | null;
  /** The flag word as written, e.g. `--from="build"`. */
  raw: string;
  range: Range;
}

/** A heredoc body attached to RUN, COPY or ADD (parser.go, parser_heredoc_test.go). */
export interface Heredoc {
  /** The delimiter with quotes removed, e.g. `EOF`. */
  name: string;
  /** The body, every line ending in "\n", without the terminator line; tabs stripped for `<<-`. */
  content: string;
  /** False when any part of the delimiter was quoted. */
  expand: boolean;
  /** True for `<<-`. */
  chomp: boolean;
  /** The file descriptor digits before `<<`, 0 when none. */
  fileDescriptor: number;
  /** The body and terminator lines (up to the end of the file when unterminated). */
  range: Range;
}

/** ENV and LABEL pairs; `separator` is "=" or "" for the legacy `ENV key value` form. */
export interface KeyValue {
  key: Word;
  value: Word;
  separator: "=" | "";
}

export interface Instruction {
  /** The keyword upper-cased (`FROM`), or the unknown word upper-cased. */
  keyword: string;
  /** The keyword exactly as written (`from`, `From`). */
  keywordRaw: string;
  /** Whether `keyword` is one of KEYWORDS. */
  known: boolean;
  /** The whole instruction: first line to last continuation line, heredoc bodies included. */
  range: Range;
  keywordRange: Range;
  flags: Flag[];
  /**
   * The arguments as BuildKit's parser nodes hold them (what `dumpParseTree` prints), raw.
   * ENV/LABEL: flattened key, value, separator triples; see `pairs` for the structured form.
   * Unknown keyword: one empty word, as BuildKit keeps one empty node.
   * ONBUILD: one word holding the trigger's text; the parsed trigger is `trigger`.
   */
  args: Word[];
  /** Exec (JSON array) form. */
  json: boolean;
  /** The instruction text after continuation lines are joined, without the keyword and flags. */
  text: string;
  /** In order of their markers. For ONBUILD, the trigger's heredocs (the same array as `trigger.heredocs`). */
  heredocs: Heredoc[];
  /** ENV and LABEL only; `key` and `value` are the same Word objects as in `args`. */
  pairs?: KeyValue[];
  /** ONBUILD only: the trigger instruction. */
  trigger?: Instruction;
  /**
   * The comment lines directly above (without `#`, trimmed), for per-instruction `# check=` and
   * descriptions. As in BuildKit, blank lines do not detach them; a bare `#` line or an instruction
   * does, and parser directives are not included.
   */
  comments: string[];
}

export interface Directive {
  name: "syntax" | "escape" | "check";
  value: string;
  range: Range;
}

export interface ParseResult {
  instructions: Instruction[];
  directives: Directive[];
  escapeChar: "\\" | "`";
  /**
   * Parse errors (BuildKit's text, rule null) and parser warnings (NoEmptyContinuation), sorted by
   * position. Includes the instruction-level errors of BuildKit's instructions package (unknown
   * instruction, flags, ONBUILD triggers, argument counts) except FROM's, which the stage graph owns.
   */
  diagnostics: Diagnostic[];
  /** Number of source lines, for views that map lines. */
  lineCount: number;
}
