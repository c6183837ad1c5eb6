// How BuildKit words a failing step in its progress log.
import type { Analysis } from "../analyze";
import type { Diagnostic } from "../diagnostics/types";
import type { Step } from "../simulate/types";

export interface StepError {
  /** What the step printed before it failed, with BuildKit's seconds-since-start prefix. */
  output: string[];
  /** BuildKit's error for the step, as `ERROR:` and `failed to solve:` print it. */
  message: string;
}

// A failing RUN is a process that exited non-zero: BuildKit shows its output, then names the
// process (the shell and the command as written) and its exit code. A COPY's missing source is a
// cache-key error. Anything else (a RUN whose container could not start, an unknown user) is
// printed as the simulator worded it.
/** The output and error BuildKit prints for `step`, which fails with `failed`. */
export function stepError(analysis: Analysis, step: Step, failed: Diagnostic): StepError {
  if (step.keyword === "COPY" || step.keyword === "ADD") {
    const long = failed.message.endsWith(": not found")
      ? `failed to compute cache key: failed to calculate checksum of ref: ${failed.message}`
      : failed.message;
    return { output: [], message: long };
  }
  const code = exitCode(failed.message);
  const process = step.keyword === "RUN" ? processArgs(analysis, step) : null;
  if (code === null || process === null) return { output: [], message: failed.message };
  const seconds = (Math.max(step.durationMs, 100) / 1000).toFixed(3);
  return {
    output: [`${seconds} ${failed.message}`],
    message: `process ${JSON.stringify(process)} did not complete successfully: exit code: ${code}`,
  };
}

/**
 * The exit status behind the RUN interpreter's error, by the shell's conventions: 127 for a
 * command not found, 126 for one that cannot be executed, apt-get's 100, else the status the
 * interpreter reported, else 1. Null when no process ran (the container did not start).
 */
function exitCode(message: string): number | null {
  if (message.startsWith("runc run failed") || message.startsWith("unable to find user")) return null;
  if (/: (command )?not found$/.test(message)) return 127;
  if (/: Permission denied$/.test(message)) return 126;
  if (message.startsWith("E: ")) return 100;
  const stated = /^exit code: (\d+)$/.exec(message);
  return stated ? Number(stated[1]) : 1;
}

/** The process BuildKit started for a RUN: the SHELL in effect and the command, or the exec-form argv. */
function processArgs(analysis: Analysis, step: Step): string | null {
  let stage = analysis.stages[step.stage];
  const run = stage?.instructions.find((i) => i.range.start.line === step.line);
  if (!run) return null;
  if (run.json) return run.args.map((w) => w.value).join(" ");
  let before = step.line;
  while (stage) {
    const shell = stage.instructions
      .filter((i) => i.keyword === "SHELL" && i.range.start.line < before)
      .at(-1);
    if (shell) return [...shell.args.map((w) => w.value), run.text].join(" ");
    before = Infinity;
    stage = stage.baseStage === null ? undefined : analysis.stages[stage.baseStage];
  }
  return `/bin/sh -c ${run.text}`;
}
