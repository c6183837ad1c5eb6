// The words of a shell-form command, when it is one simple command. Anything with pipes, lists,
// redirections, substitutions or globs is left to the shell: the verdict then checks only the
// program the script starts with.

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

/** Splits a `sh -c` script into the words of the command it runs; null when there is none. */
export function shellCommand(script: string): ShellCommand | null {
  const simple = !COMPLEX.test(script);
  const words = simple ? splitQuoted(script) : (script.match(/^\s*([^\s|&;<>()$`'"]+)/)?.slice(1) ?? null);
  if (!words) return null;
  // `exec python app.py` and `FOO=1 python app.py` run python.
  let start = 0;
  while (
    start < words.length &&
    (words[start] === "exec" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] ?? ""))
  )
    start++;
  const rest = words.slice(start);
  if (rest.length === 0) return null;
  return { words: rest, partial: !simple };
}
