// When a shell-form CMD or ENTRYPOINT can be written as a JSON list without changing what runs: the
// advice of JSONArgsRecommended and its quick fix spell out the list only then.

// Anything a shell would read differently from a list of words: quotes, escapes, variables, globs,
// pipes, lists of commands, redirections, subshells, comments.
const SHELL_SYNTAX = /[|&;<>$`"'\\*?(){}[\]~#!]/;
// First words only a shell understands: its keywords and builtins with no program of that name.
const SHELL_ONLY = new Set([
  "exec",
  "cd",
  "export",
  "set",
  "unset",
  "source",
  ".",
  "eval",
  "trap",
  "ulimit",
  "umask",
  "if",
  "for",
  "while",
  "until",
  "case",
  "time",
]);

/**
 * The words of a shell-form command when the exec form of them runs the same program with the same
 * arguments, else null: shell syntax, a shell keyword or builtin first, or a `VAR=value` prefix
 * (the exec form would look for a program named `VAR=value`).
 */
export function plainExecWords(text: string): string[] | null {
  const trimmed = text.trim();
  if (trimmed === "" || SHELL_SYNTAX.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  const first = words[0] ?? "";
  if (SHELL_ONLY.has(first) || first.includes("=")) return null;
  return words;
}
