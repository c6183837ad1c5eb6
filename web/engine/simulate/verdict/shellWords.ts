// The words of a shell-form command's main command. Pipes, redirections, substitutions and globs are
// left to the shell: the verdict then checks only the program that command starts with.

const COMPLEX = /[|&;<>()$`*?[\]{}~\n\\]/;

export interface ShellCommand {
  words: string[];
  /** True when the script is more than one simple command; only `words[0]` is meaningful. */
  partial: boolean;
}

function splitQuoted(script: string): string[] | null {
  const words: string[] = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/gy;
  let current: string | null = null;
  let index = 0;
  while (index < script.length) {
    const gap = /^\s+/.exec(script.slice(index));
    if (gap) {
      if (current !== null) words.push(current);
      current = null;
      index += gap[0].length;
      continue;
    }
    pattern.lastIndex = index;
    const match = pattern.exec(script);
    if (!match) return null;
    current = (current ?? "") + (match[1] ?? match[2] ?? match[3] ?? "");
    index = pattern.lastIndex;
  }
  if (current !== null) words.push(current);
  return words;
}

// Builtins run inside the shell: there is no program file to look for.
const BUILTINS = new Set([
  "cd",
  "export",
  "set",
  "unset",
  "source",
  ".",
  "umask",
  "ulimit",
  "trap",
  "eval",
  "echo",
  "printf",
  "test",
  "[",
  "true",
  "false",
  ":",
  "wait",
  "read",
  "shift",
  "if",
  "for",
  "while",
  "case",
  "until",
]);

/** Splits `a && b; c` at the separators that are outside quotes. */
function splitList(script: string): string[] {
  const segments: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < script.length; i++) {
    const char = script[i];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ";" || (char === "&" && script[i + 1] === "&")) {
      segments.push(script.slice(start, i));
      if (char === "&") i++;
      start = i + 1;
    }
  }
  segments.push(script.slice(start));
  return segments;
}

/** The words of one simple command, without a leading `exec` and VAR=value assignments. */
function commandWords(words: readonly string[]): string[] {
  let start = 0;
  while (
    start < words.length &&
    (words[start] === "exec" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] ?? ""))
  ) {
    start++;
  }
  return words.slice(start);
}

/**
 * Splits a `sh -c` script into the words of the command that becomes the container's main process:
 * the only command, or the last of a `cd /app && exec python app.py` list. null when that is a shell
 * builtin or cannot be read.
 */
export function shellCommand(script: string): ShellCommand | null {
  const segments = splitList(script)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "");
  const last = segments[segments.length - 1];
  if (last === undefined) return null;
  // Quoted text is literal, save for $ and backquotes inside double quotes.
  const simple = !COMPLEX.test(last.replace(/'[^']*'/g, "").replace(/"[^"$`\\]*"/g, ""));
  const words = simple ? splitQuoted(last) : (last.match(/^\s*([^\s|&;<>()$`'"]+)/)?.slice(1) ?? null);
  if (!words) return null;
  const rest = commandWords(words);
  if (rest.length === 0 || BUILTINS.has(rest[0] ?? "")) return null;
  return { words: rest, partial: !simple };
}
