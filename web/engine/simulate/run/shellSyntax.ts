// The shapes the RUN interpreter's small POSIX-ish shell reader produces: words that remember their
// quoting (so expansion can happen later, with the environment as it is when the command runs), and
// a tree of lists, pipelines and commands.

/** A piece of a word as written. `quoted` parts are neither field-split nor glob-expanded. */
export type WordPart =
  | { kind: "text"; text: string; quoted: boolean }
  /** `$NAME`, `${NAME}`, `${NAME:-word}` …: `op` is "" for a plain reference, `arg` the raw word after it. */
  | { kind: "param"; name: string; op: string; arg: string; quoted: boolean }
  /** `$(…)`, `` `…` `` or `$((…))`: what it prints is unknown to the simulator. */
  | { kind: "subst"; raw: string; quoted: boolean };

export interface ShellWord {
  parts: WordPart[];
  /** The word exactly as written. */
  raw: string;
  start: number;
  end: number;
}

export interface HeredocBody {
  body: string;
  /** False when the delimiter was quoted: no `$` expansion in the body. */
  expand: boolean;
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `>&`, `<&`, `&>`, `&>>`, `>|`. */
  op: string;
  fd: number | null;
  /** The file, the fd after `>&`, the here-string, or the heredoc delimiter. */
  target: ShellWord | null;
  heredoc?: HeredocBody;
}

export type ShellCommand =
  | {
      kind: "simple";
      /** `VAR=value` words before the command name. */
      assigns: ShellWord[];
      words: ShellWord[];
      redirects: Redirect[];
      start: number;
      end: number;
    }
  | { kind: "group"; subshell: boolean; body: ShellList; redirects: Redirect[]; start: number; end: number }
  /** `if`, `for`, `while`, `until`, `case` or a function definition: not interpreted. */
  | { kind: "compound"; keyword: string; start: number; end: number };

export interface Pipeline {
  commands: ShellCommand[];
  /** `! cmd` */
  negated: boolean;
}

export interface ListItem {
  pipeline: Pipeline;
  /** The operator after the pipeline: what decides whether the next one runs. */
  next: "&&" | "||" | ";" | "&" | null;
}

export interface ShellList {
  items: ListItem[];
}

export type Token =
  | { kind: "word"; word: ShellWord }
  | { kind: "op"; op: "&&" | "||" | ";" | ";;" | "|" | "&" | "(" | ")" | "\n"; start: number; end: number }
  | { kind: "redirect"; redirect: Redirect; start: number; end: number };

/** A shell syntax error, as dash words it (`Syntax error: Unterminated quoted string`). */
export interface ShellSyntaxError {
  message: string;
  offset: number;
}
