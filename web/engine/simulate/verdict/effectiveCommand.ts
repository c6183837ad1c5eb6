// What `docker run` of the image executes: ENTRYPOINT followed by CMD as its arguments, each in shell
// form wrapped in the SHELL (`/bin/sh -c`). Every word remembers the line that wrote it, so a reason
// can blame the ENTRYPOINT or the CMD that is at fault.
import type { StageSimulation } from "../types";

const DEFAULT_SHELL = ["/bin/sh", "-c"];

export interface EffectiveCommand {
  /** ENTRYPOINT + CMD as the container's process gets them; empty when neither is set. */
  argv: string[];
  /** The line that wrote each word of argv (null when the base image did). */
  lines: (number | null)[];
  /** Set when argv is `<shell> -c "<script>"`: the command is run by a shell. */
  shell: { program: string; script: string; line: number | null } | null;
  /** Whether the ENTRYPOINT came from the base image (not from any line of the Dockerfile). */
  entrypointInherited: boolean;
  /** How many words of argv the ENTRYPOINT wrote; CMD's follow. */
  entrypointWords: number;
}

function wrap(words: readonly string[], shellForm: boolean, shell: readonly string[]): string[] {
  if (!shellForm) return [...words];
  // The core may already store a shell-form command the way Docker's config does: [sh, -c, text].
  if (words.length === shell.length + 1 && shell.every((word, i) => words[i] === word)) return [...words];
  return [...shell, words.join(" ")];
}

export function effectiveCommand(stage: StageSimulation): EffectiveCommand {
  const config = stage.config;
  const shell = config.shell.length > 0 ? config.shell : DEFAULT_SHELL;
  const entrypoint = wrap(config.entrypoint ?? [], config.entrypointShellForm, shell);
  // ENTRYPOINT set in a stage resets a CMD the stage did not set itself (BuildKit's dispatchEntrypoint),
  // and a shell-form ENTRYPOINT ignores CMD altogether.
  const cmdReset = config.entrypointLine !== null && config.cmdLine === null;
  const cmdIgnored = config.entrypointShellForm && entrypoint.length > 0;
  const cmd = cmdReset || cmdIgnored ? [] : wrap(config.cmd ?? [], config.cmdShellForm, shell);
  const argv = [...entrypoint, ...cmd];
  const lines = [...entrypoint.map(() => config.entrypointLine), ...cmd.map(() => config.cmdLine)];
  const shellRun =
    argv.length === shell.length + 1 && shell.every((word, i) => argv[i] === word)
      ? { program: argv[0] ?? "/bin/sh", script: argv[shell.length] ?? "", line: lines[0] ?? null }
      : null;
  const formShell = entrypoint.length > 0 ? config.entrypointShellForm : config.cmdShellForm;
  return {
    argv,
    lines,
    shell: formShell ? shellRun : null,
    entrypointInherited: entrypoint.length > 0 && config.entrypointLine === null,
    entrypointWords: entrypoint.length,
  };
}
