// `./build.sh` or `entrypoint.sh` on PATH: the kernel reads the `#!` line. A shell script runs in a
// child shell; a missing interpreter (`#!/bin/bash` on Alpine) or a CRLF line ending gives the
// confusing "not found" for a file that exists (learner question 15).
import { basename } from "../overlayFs";
import type { Invocation, Outcome } from "../runState";
import { fork } from "../runShellList";
import { runScriptText } from "../runScriptText";
import { at } from "../writeNodes";
import { findOnPath, notFoundMessage } from "./requireProgram";

const SHELLS = new Set(["sh", "bash", "ash", "dash"]);
const SHELL_PATHS = new Set(["/bin/sh", "/bin/bash", "/usr/bin/bash", "/bin/ash", "/bin/dash"]);

/** Runs a script file by path; null when the program is not a file Stageplay can read as a script. */
export function runScriptFile(call: Invocation): Outcome | null {
  const { state } = call;
  const path = call.programPath.includes("/")
    ? at(state, call.programPath)
    : findOnPath(state, call.program, call.env);
  if (path === null) return null;
  const text = state.fs.readText(path);
  if (text === undefined || !text.startsWith("#!")) return null;
  const line = text.slice(2, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const [first = "", second = ""] = line.trim().split(/\s+/);
  const interpreter = first === "/usr/bin/env" ? second : first;
  const name = basename(interpreter.replace(/\r$/, ""));
  // The catalog knows which shells a base has; its filesystem model may list neither.
  const present = SHELL_PATHS.has(interpreter)
    ? state.fs.resolve(interpreter) !== undefined || baseHas(call, interpreter)
    : state.fs.mayExist(interpreter);
  const missing = line.endsWith("\r") || (interpreter.startsWith("/") && !present);
  if (missing) {
    const why = line.endsWith("\r")
      ? "its #! line ends in a Windows line ending (CRLF), so the kernel looks for an interpreter whose name ends in \\r"
      : `its #! line names ${interpreter}, which this image does not have`;
    return {
      status: 127,
      note: why,
      error: notFoundMessage(state, call.programPath),
      ...(line.endsWith("\r") ? {} : { missing: interpreter }),
      fix: line.endsWith("\r")
        ? "Save the script with LF line endings (or RUN sed -i 's/\\r$//' on it), e.g. with .gitattributes: *.sh text eol=lf."
        : `Start the script with #!/bin/sh (a POSIX script), or install ${name} first.`,
    };
  }
  if (!SHELLS.has(name)) {
    return {
      status: null,
      known: false,
      note: `runs ${path}, a ${name} script whose effect Stageplay does not know`,
    };
  }
  const child = fork(state);
  child.bash = name === "bash";
  const status = runScriptText(text, child, call.text);
  return { status: status.code, note: `ran the ${name} script ${path}`, stdout: status.stdout };
}

/** The shells the base image's catalog entry says it has, which its filesystem model may not list. */
function baseHas(call: Invocation, interpreter: string): boolean {
  const base = call.state.ctx.base;
  if (!base || base.family === "unknown") return base !== null;
  if (interpreter === "/bin/sh") return base.shell.binSh;
  if (interpreter === "/bin/bash") return base.shell.bash;
  return false;
}
