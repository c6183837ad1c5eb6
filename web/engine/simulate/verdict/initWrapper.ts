// Programs that only start another one: init systems (tini, dumb-init), user switchers (gosu,
// su-exec) and env. The container's real program is the command after their own arguments.
import type { Program } from "./checkCommand";
import type { Launch } from "./launch";
import { basename } from "./paths";

/** Flags of tini and dumb-init that take a value. */
const WITH_VALUE = new Set(["-p", "-e", "-r", "--rewrite", "-s"]);

/** Where the wrapped command starts in `launch.words`, or null when `program` is no wrapper. */
function wrappedStart(name: string, words: readonly string[]): number | null {
  switch (name) {
    case "tini":
    case "dumb-init": {
      for (let i = 1; i < words.length; i++) {
        const word = words[i] ?? "";
        if (word === "--") return i + 1;
        if (WITH_VALUE.has(word)) i++;
        else if (!word.startsWith("-")) return i;
      }
      return null;
    }
    case "gosu":
    case "su-exec":
      return words.length > 2 ? 2 : null;
    case "env": {
      let i = 1;
      while (
        i < words.length &&
        (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] ?? "") || (words[i] ?? "").startsWith("-"))
      )
        i++;
      return i < words.length ? i : null;
    }
    default:
      return null;
  }
}

/** The launch of the command a wrapper starts, and the wrapper's name, or null. */
export function unwrap(launch: Launch, program: Program): { name: string; launch: Launch } | null {
  const name = basename(program.word);
  const start = launch.partial ? null : wrappedStart(name, launch.words);
  if (start === null || start >= launch.words.length) return null;
  return {
    name,
    launch: {
      ...launch,
      words: launch.words.slice(start),
      lines: launch.lines.slice(start),
      entrypointWords: 0,
    },
  };
}

/** What the wrapper itself prints when the command it should start is not there. */
export function wrapperError(name: string, word: string, busybox: boolean): string {
  switch (name) {
    case "tini":
      return `[FATAL tini (7)] exec ${word} failed: No such file or directory`;
    case "dumb-init":
      return `[dumb-init] ${word}: No such file or directory`;
    case "gosu":
      return `error: exec: "${word}": executable file not found in $PATH`;
    case "su-exec":
      return `su-exec: ${word}: No such file or directory`;
    default:
      return busybox
        ? `env: can't execute '${word}': No such file or directory`
        : `env: '${word}': No such file or directory`;
  }
}
