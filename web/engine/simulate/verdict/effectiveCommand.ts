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
  // The core stores a shell-form command the way Docker's config does, [sh, -c, text], with the SHELL
  // in effect at that line (a later SHELL does not change it); a lone text still needs wrapping.
  if (words.length > 1) return [...words];
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
  // The wrapped words are the SHELL then the text: [/bin/sh, -c, text] or [bash, -o, pipefail, -c, text].
  const formShell = entrypoint.length > 0 ? config.entrypointShellForm : config.cmdShellForm;
  const wrapped = entrypoint.length > 0 ? entrypoint : cmd;
  const shellRun =
    formShell && wrapped.length > 1
      ? {
          program: wrapped[0] ?? "/bin/sh",
          script: wrapped[wrapped.length - 1] ?? "",
          line: lines[0] ?? null,
        }
      : null;
  return {
    argv,
    lines,
    shell: shellRun,
    entrypointInherited: entrypoint.length > 0 && config.entrypointLine === null,
    entrypointWords: entrypoint.length,
  };
}
