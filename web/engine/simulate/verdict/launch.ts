// The program the checks examine and its arguments. Usually that is ENTRYPOINT + CMD as written; two
// things change it: a shell-form command (the shell runs the script's first word), and the base
// image's own entrypoint script, which only sets things up and then runs CMD (`exec "$@"`).
import type { EffectiveCommand } from "./effectiveCommand";
import { isExecutable, which, type ImageView } from "./imageView";
import { basename } from "./paths";
import { shellCommand } from "./shellWords";

export interface Launch {
  words: string[];
  lines: (number | null)[];
  /** Set when a shell runs the words: errors are then the shell's, e.g. `/bin/sh: 1: x: not found`. */
  shell: {
    program: string;
    kind: string | null;
    /** Set when a script's `exec "$@"` (at this line of the script) runs the words. */
    execLine?: number;
  } | null;
  /** Only the first word is meaningful (the script was not a simple command). */
  partial: boolean;
  /** The base image's entrypoint script that hands over to CMD, e.g. node's docker-entrypoint.sh. */
  wrapper: string | null;
  /** How many words the (inherited) ENTRYPOINT contributed: CMD follows. */
  entrypointWords: number;
  /** A shell named in exec-form words (`["sh", "-c", "…"]`), which must itself be found first. */
  shellWord: { word: string; line: number | null } | null;
}

const SHELLS = new Set(["sh", "bash", "ash", "dash"]);

/** Whether an inherited entrypoint is one of the official images' `exec "$@"` scripts. */
function passThrough(view: ImageView, command: EffectiveCommand): string | null {
  const entrypoint = view.base?.config.entrypoint;
  if (!command.entrypointInherited || !entrypoint || entrypoint.length !== 1) return null;
  const script = entrypoint[0] ?? "";
  return script.endsWith(".sh") && command.argv[0] === script ? script : null;
}

/** node's docker-entrypoint.sh runs `node "$@"` when the first argument is a flag or not a command. */
function nodeWrapped(view: ImageView, words: string[]): boolean {
  const first = words[0];
  if (first === undefined) return true;
  if (first.startsWith("-")) return true;
  if (first.includes("/")) {
    const lookup = view.resolve(first.startsWith("/") ? first : `${view.workdir}/${first}`);
    return !lookup.found || !isExecutable(lookup.node);
  }
  return which(view, first) === null;
}

/** The shell that runs the words, and which one it is (its error messages differ). */
function shellOf(view: ImageView, program: string): { program: string; kind: string | null } {
  const name = basename(program);
  if (name === "bash") return { program, kind: "bash" };
  return { program, kind: name === "sh" ? (view.base?.shell.kind ?? null) : name };
}

/** Words that start a shell on a script, `sh -c "…"` (as exec-form words), read as the script's words. */
export function shellLaunch(
  view: ImageView,
  launch: Launch,
  script: { program: string; text: string; line: number | null } | null,
): Launch {
  const [program, flag, written] = launch.words;
  const explicit = launch.words.length === 3 && flag === "-c" && SHELLS.has(basename(program ?? ""));
  const run =
    script ??
    (explicit ? { program: program ?? "/bin/sh", text: written ?? "", line: launch.lines[2] ?? null } : null);
  if (!run) return launch;
  const parsed = shellCommand(run.text);
  // A script that starts with what Stageplay cannot read (`$APP_CMD`, a subshell) is left to the
  // shell: the checks then look at the shell itself. Only a blank one starts nothing.
  if (!parsed) return run.text.trim() === "" ? { ...launch, words: [], lines: [] } : launch;
  return {
    ...launch,
    words: parsed.words,
    lines: parsed.words.map(() => run.line),
    shell: shellOf(view, run.program),
    partial: parsed.partial,
    entrypointWords: 0,
    shellWord: explicit && !script ? { word: program ?? "sh", line: launch.lines[0] ?? null } : null,
  };
}

export function planLaunch(view: ImageView, command: EffectiveCommand): Launch {
  const base: Launch = {
    words: command.argv,
    lines: command.lines,
    shell: null,
    partial: false,
    wrapper: null,
    entrypointWords: command.entrypointWords,
    shellWord: null,
  };
  const wrapper = passThrough(view, command);
  if (wrapper) {
    let words = command.argv.slice(1);
    let lines = command.lines.slice(1);
    if (
      basename(wrapper) === "docker-entrypoint.sh" &&
      view.base?.family === "node" &&
      nodeWrapped(view, words)
    ) {
      words = ["node", ...words];
      lines = [null, ...lines];
    }
    // The script then runs CMD as it is, a shell-form CMD included: `exec "$@"` of [sh, -c, text].
    return shellLaunch(view, { ...base, words, lines, wrapper, entrypointWords: 0 }, null);
  }
  const script = command.shell
    ? { program: command.shell.program, text: command.shell.script, line: command.shell.line }
    : null;
  return shellLaunch(view, base, script);
}
