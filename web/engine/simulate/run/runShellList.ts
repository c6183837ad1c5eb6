// Walks a parsed script as sh would: `&&`/`||` short-circuits, `;` sequences, `set -e`, pipelines
// feeding known text from one command to the next, subshells that keep their `cd` to themselves.
// Each simple command is expanded with the environment of its moment and handed to runSimpleCommand.
import type { Pipeline, ShellCommand, ShellList } from "./shellSyntax";
import type { ShellState } from "./runState";
import { missingRedirectDir, runSimpleCommand, writeOutputs } from "./runSimpleCommand";
import { mayBeThere } from "./weighMissing";

export interface Status {
  /** Exit status; unknown outcomes count as success, as the build most likely went on. */
  code: number;
  /** `exit` or `set -e` ended the script. */
  exited: boolean;
  /** The text of what printed to stdout, when known. */
  stdout: string | null;
}

const SUCCESS: Status = { code: 0, exited: false, stdout: null };

/** Runs a list in `state`; `src` is the text offsets in the tree refer to. */
export function runShellList(list: ShellList, state: ShellState, src: string): Status {
  let status = SUCCESS;
  let previous: string | null = null;
  for (const item of list.items) {
    const runs = previous === "&&" ? status.code === 0 : previous === "||" ? status.code !== 0 : true;
    if (runs) {
      status = runPipeline(item.pipeline, state, src);
      if (status.exited) return status;
      const endsAndOr = item.next !== "&&" && item.next !== "||";
      if (status.code !== 0 && state.errexit && endsAndOr && !item.pipeline.negated) {
        return { ...status, exited: true };
      }
    } else {
      for (const command of item.pipeline.commands) recordSkipped(command, state, src, previous);
    }
    previous = item.next;
  }
  return status;
}

function runPipeline(pipeline: Pipeline, state: ShellState, src: string): Status {
  let stdin: string | null = null;
  let status = SUCCESS;
  let failure = 0;
  let failedError: ShellState["lastError"] = null;
  const alone = pipeline.commands.length === 1;
  for (let index = 0; index < pipeline.commands.length; index++) {
    const command = pipeline.commands[index] as ShellCommand;
    // Every command of a pipeline runs in its own subshell, except (in sh) when it is alone.
    const inner = alone ? state : fork(state);
    status = runCommand(command, inner, src, index === 0 ? null : stdin);
    stdin = status.stdout;
    if (status.code !== 0) {
      failure = status.code;
      failedError = inner.lastError;
    }
  }
  const code = state.pipefail && failure !== 0 ? failure : status.code;
  // The subshell's error is the pipeline's when its status is: `curl … | sh` says curl was not found.
  if (!alone && code !== 0 && failedError) state.lastError = failedError;
  if (pipeline.negated) return { ...status, code: code === 0 ? 1 : 0, exited: false };
  return code === status.code ? status : { ...status, code };
}

function runCommand(command: ShellCommand, state: ShellState, src: string, stdin: string | null): Status {
  if (command.kind === "simple") return runSimpleCommand(command, state, src, stdin);
  if (command.kind === "group") {
    // The shell opens the group's `>` file before running it: a missing directory fails first.
    const redirectError = missingRedirectDir(command.redirects, state.env, state);
    if (redirectError && !mayBeThere(state, redirectError.dir, state.env)) {
      const text = src.slice(command.start, command.end).trim();
      state.run.commands.push({
        text,
        program: "{",
        known: true,
        note: "the file it writes to cannot be created",
      });
      state.lastError = { command: text, message: redirectError.message };
      return { code: 2, exited: false, stdout: null };
    }
    const inner = command.subshell ? fork(state) : state;
    const status = runShellList(command.body, inner, src);
    // `{ echo a; echo b; } > /out/f`: the group's output goes to the file. What each command printed
    // is not collected, so the file is there with unknown text.
    const { redirected } = writeOutputs(command.redirects, state.env, state, "", false);
    const result = redirected ? { ...status, stdout: null } : status;
    return command.subshell ? { ...result, exited: false } : result;
  }
  const text = src.slice(command.start, command.end).trim();
  state.run.partial = true;
  // An `if`, `for` or `case` block may write anywhere.
  state.run.unknownWrites = true;
  state.run.commands.push({
    text,
    program: command.keyword,
    known: false,
    note: `Stageplay does not interpret "${command.keyword}" blocks; what they do to the files is unknown.`,
  });
  state.run.diagnostics.push({
    severity: "info",
    rule: "unknown-command",
    message: `Stageplay does not interpret "${command.keyword}" blocks; this layer's contents are unknown`,
    range: state.run.range,
  });
  return SUCCESS;
}

/** A subshell: the same filesystem and record, its own cwd, variables and options. */
export function fork(state: ShellState): ShellState {
  return { ...state, env: { ...state.env }, depth: state.depth + 1 };
}

function recordSkipped(command: ShellCommand, state: ShellState, src: string, operator: string | null): void {
  const text = src.slice(command.start, command.end).trim();
  const program = text.split(/\s+/)[0] ?? "";
  const why = operator === "&&" ? "the command before it failed" : "the command before it succeeded";
  state.run.commands.push({ text, program, known: true, note: `not run: ${why}` });
}
