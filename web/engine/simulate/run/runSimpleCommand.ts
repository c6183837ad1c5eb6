// One simple command: expand its words now (so an earlier `export` or `cd` counts), feed it its
// standard input, run it, write what it printed where `>` sends it, and record what happened.
import { expandFields, expandString, expandText } from "./expandShellWord";
import type { Field } from "./expandShellWord";
import { matchGlob } from "./matchGlob";
import { basename, dirname } from "./overlayFs";
import type { Invocation, Outcome, ShellState } from "./runState";
import type { Redirect, ShellCommand, ShellWord } from "./shellSyntax";
import type { Status } from "./runShellList";
import { expandBraces } from "./braceExpansion";
import { dispatchCommand } from "./dispatchCommand";
import { runScriptText } from "./runScriptText";
import { weighMissing } from "./weighMissing";
import { at, put } from "./writeNodes";
import { utf8Length } from "../../parse/splitLines";

type Simple = Extract<ShellCommand, { kind: "simple" }>;

const MAX_DEPTH = 8;
const PRINTERS = new Set(["echo", "printf"]);
/** Commands whose arguments may hold a `$(…)` without making their effect unknown. */
const SETTERS = new Set(["export", "local", "readonly"]);

export function runSimpleCommand(
  command: Simple,
  state: ShellState,
  src: string,
  piped: string | null,
): Status {
  const text = src.slice(command.start, command.end).trim();
  const prefix: Record<string, string> = {};
  for (const word of command.assigns) {
    const { name, value } = assignment(word, { ...state.env, ...prefix });
    prefix[name] = value;
  }
  // Without a VAR=value prefix the command sees the shell's environment as it is (no copy per command).
  const env = command.assigns.length === 0 ? state.env : { ...state.env, ...prefix };
  const fields: Field[] = [];
  const words = state.bash ? command.words.flatMap(expandBraces) : command.words;
  for (const word of words) {
    for (const field of expandFields(word, env)) {
      const matches = field.glob ? matchGlob(state.fs, field.pattern, state.cwd) : [];
      if (matches.length === 0) fields.push(field);
      else
        for (const path of matches)
          fields.push({ ...field, value: relativeLike(field.value, path), glob: false });
    }
  }
  const stdin = inputOf(command.redirects, env, state) ?? piped;
  if (fields.length === 0) {
    const heredoc = command.redirects.find((redirect) => redirect.heredoc)?.heredoc;
    if (heredoc && command.assigns.length === 0) return runHeredocScript(heredoc.body, state, text);
    Object.assign(state.env, prefix);
    writeOutputs(command.redirects, env, state, "", true);
    return { code: 0, exited: false, stdout: null };
  }
  const programPath = fields[0]?.value ?? "";
  const call: Invocation = {
    program: basename(programPath),
    programPath,
    args: fields.slice(1).map((field) => field.value),
    fields: fields.slice(1),
    text,
    stdin,
    env,
    state,
  };
  const redirectError = missingRedirectDir(command.redirects, env, state);
  if (redirectError) {
    const outcome = weighMissing(
      {
        status: 2,
        note: "the file it writes to cannot be created",
        error: redirectError.message,
        missing: redirectError.dir,
      },
      state,
      env,
    );
    record(call, outcome);
    if (outcome.status !== null) return { code: 2, exited: false, stdout: null };
  }
  // A `$(…)` in a VAR=value prefix or an export only makes that value unknown, not the command.
  const unknownArgs = !SETTERS.has(call.program) && fields.slice(1).some((field) => field.unknown);
  // Listed before it runs, so a wrapper (sh -c, npm run) comes before the commands it runs.
  const slot = state.run.commands.length;
  state.run.commands.push({ text, program: call.program, known: true, note: "" });
  const outcome: Outcome = fields[0]?.unknown
    ? { status: null, known: false, note: "its name comes from a command substitution" }
    : state.depth > MAX_DEPTH
      ? { status: null, known: false, note: "nested too deeply to follow" }
      : unknownArgs && PRINTERS.has(call.program)
        ? {
            status: 0,
            note: "prints text that depends on a command substitution",
            partial: true,
            stdout: null,
          }
        : unknownArgs
          ? {
              status: null,
              known: false,
              note: "its arguments come from a command substitution Stageplay cannot run",
            }
          : weighMissing(dispatchCommand(call), state, env, call.program);
  record(call, outcome, slot);
  const known = outcome.stdout !== undefined && outcome.stdout !== null;
  const { redirected, written } = writeOutputs(command.redirects, env, state, outcome.stdout ?? "", known);
  const entry = state.run.commands[slot];
  if (entry && written.length > 0) entry.note = `${entry.note}, into ${written.join(", ")}`;
  const code = outcome.status ?? 0;
  return { code, exited: outcome.exited === true, stdout: redirected ? null : (outcome.stdout ?? null) };
}

/** `RUN <<EOF`: BuildKit runs the body as the script, with its `#!` interpreter when it has one. */
function runHeredocScript(body: string, state: ShellState, text: string): Status {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
  const interpreter = shebang
    ? basename(shebang[1] === "/usr/bin/env" ? (shebang[2] ?? "") : (shebang[1] ?? ""))
    : "sh";
  if (!["sh", "bash", "ash", "dash"].includes(interpreter)) {
    const call = {
      program: interpreter,
      programPath: interpreter,
      args: [],
      fields: [],
      text,
      stdin: body,
      env: state.env,
      state,
    };
    record(call, {
      status: null,
      known: false,
      note: `a ${interpreter} script, whose effect Stageplay does not know`,
    });
    return { code: 0, exited: false, stdout: null };
  }
  return runScriptText(body, state, text);
}

function assignment(word: ShellWord, env: Readonly<Record<string, string>>) {
  const first = word.parts[0];
  const eq = first?.kind === "text" ? first.text.indexOf("=") : -1;
  const name = first?.kind === "text" ? first.text.slice(0, eq) : "";
  const rest: ShellWord = {
    ...word,
    parts: [
      ...(first?.kind === "text" ? [{ ...first, text: first.text.slice(eq + 1) }] : []),
      ...word.parts.slice(1),
    ],
  };
  return { name, ...expandString(rest, env) };
}

/** Keeps a glob match relative when the pattern was (`*.txt` → `a.txt`), absolute otherwise. */
function relativeLike(pattern: string, path: string): string {
  return pattern.startsWith("/") ? path : path.slice(path.lastIndexOf("/") + 1);
}

function inputOf(
  redirects: readonly Redirect[],
  env: Readonly<Record<string, string>>,
  state: ShellState,
): string | null {
  let input: string | null = null;
  for (const redirect of redirects) {
    if (redirect.fd !== null && redirect.fd !== 0) continue;
    if (redirect.heredoc)
      input = redirect.heredoc.expand ? expandText(redirect.heredoc.body, env) : redirect.heredoc.body;
    else if (redirect.op === "<<<" && redirect.target)
      input = `${expandString(redirect.target, env).value}\n`;
    else if (redirect.op === "<" && redirect.target) {
      input = state.fs.readText(at(state, expandString(redirect.target, env).value)) ?? null;
    }
  }
  return input;
}

/** sh's error when a `>` target's directory does not exist (redirections are set up before the command runs). */
export function missingRedirectDir(
  redirects: readonly Redirect[],
  env: Readonly<Record<string, string>>,
  state: ShellState,
): { message: string; dir: string } | null {
  for (const redirect of redirects) {
    if (![">", ">>", ">|", "&>", "&>>"].includes(redirect.op) || !redirect.target) continue;
    const target = expandString(redirect.target, env).value;
    if (target.startsWith("/dev/") || target.startsWith("/proc/")) continue;
    const path = at(state, target);
    const dir = dirname(path);
    if (state.fs.resolve(dir)?.type === "dir" || dir === "/" || state.fs.bulkAncestor(path)) continue;
    if (state.fs.resolve(dir))
      return { message: `/bin/sh: 1: cannot create ${target}: Not a directory`, dir };
    return { message: `/bin/sh: 1: cannot create ${target}: Directory nonexistent`, dir };
  }
  return null;
}

/** Writes stdout to `>`/`>>` targets; says whether stdout went to a file, and which files were written. */
export function writeOutputs(
  redirects: readonly Redirect[],
  env: Readonly<Record<string, string>>,
  state: ShellState,
  stdout: string,
  known: boolean,
): { redirected: boolean; written: string[] } {
  let redirected = false;
  const written: string[] = [];
  for (const redirect of redirects) {
    if (![">", ">>", ">|", "&>", "&>>"].includes(redirect.op) || !redirect.target) continue;
    const target = expandString(redirect.target, env).value;
    if (target === "/dev/null" || target.startsWith("/dev/") || target.startsWith("/proc/")) {
      if (redirect.fd === null || redirect.fd === 1) redirected = true;
      continue;
    }
    const path = at(state, target);
    const toStdout = redirect.fd === null || redirect.fd === 1;
    const append = redirect.op.endsWith(">>");
    const before = append ? (state.fs.readText(path) ?? "") : "";
    const previous = append ? state.fs.stat(path) : undefined;
    const text = toStdout && known ? before + stdout : before;
    const unknownText = toStdout && !known;
    if (unknownText) state.run.partial = true;
    put(state, path, {
      sizeBytes: unknownText ? (previous?.sizeBytes ?? 0) : utf8Length(text),
      ...(unknownText ? { estimated: true } : { content: text }),
      mode: previous?.mode ?? 0o644,
    });
    if (toStdout) redirected = true;
    written.push(path);
  }
  return { redirected, written };
}

/** Fills in (or adds, without `slot`) the command's entry, and what it means for the RUN. */
function record(call: Invocation, outcome: Outcome, slot?: number): void {
  const { run } = call.state;
  const known = outcome.known !== false;
  const entry = { text: call.text, program: call.program, known, note: outcome.note };
  if (slot === undefined) run.commands.push(entry);
  else run.commands[slot] = entry;
  if (!known || outcome.partial) run.partial = true;
  if (!known || outcome.writesUnknown) run.unknownWrites = true;
  if (!known) {
    const message = `Stageplay does not know what "${call.program}" does; this layer's contents are unknown`;
    // One diagnostic per unknown program and RUN: `make && make install` is one thing to say.
    if (!run.diagnostics.some((diagnostic) => diagnostic.message === message))
      run.diagnostics.push({ severity: "info", rule: "unknown-command", message, range: run.range });
  }
  if (outcome.durationMs)
    run.durations.push({ ms: outcome.durationMs, note: outcome.durationNote ?? call.program });
  if (outcome.status !== null && outcome.status !== 0) {
    const message = outcome.error ?? `exit code: ${outcome.status}`;
    call.state.lastError = { command: call.text, message, ...(outcome.fix ? { fix: outcome.fix } : {}) };
  }
}
