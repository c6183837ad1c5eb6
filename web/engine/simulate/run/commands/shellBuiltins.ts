// The shell's own commands and wrappers: cd, export, set, test, `sh -c`, sudo/env/exec, and the
// read-only commands people add to RUN lines to look around (ls, pwd, id…), which change nothing.
import { dispatchCommand } from "../dispatchCommand";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { fork } from "../runShellList";
import { runScriptText } from "../runScriptText";
import { at } from "../writeNodes";
import { notFoundMessage } from "./requireProgram";
import { mayBeThere } from "../weighMissing";

const NO_EFFECT = [
  "true",
  ":",
  "ls",
  "pwd",
  "id",
  "whoami",
  "uname",
  "date",
  "sleep",
  "hash",
  "alias",
  "trap",
  "ulimit",
  "umask",
  "shopt",
  "head",
  "tail",
  "wc",
  "grep",
  "sort",
  "uniq",
  "du",
  "df",
  "env-update",
  "stat",
  "file",
  "ldd",
  "readlink",
  "realpath",
  "nproc",
  "free",
  "ps",
  "printenv",
  "basename",
  "dirname",
];

/** `which`, `type`, `command -v`: whether the program exists is not always modelled; taken as found. */
const LOOKUP = (): Outcome => ({ status: null, note: "looks a program up; taken as found" });

function cd(call: Invocation): Outcome {
  const { state } = call;
  const target = call.args.find((arg) => arg !== "-P" && arg !== "-L") ?? state.env.HOME ?? "/";
  const path = at(state, target);
  const node = state.fs.resolve(path);
  if (!node && path !== "/") {
    // The directory may sit inside a tree the base image models as one bulk node.
    if (state.fs.bulkAncestor(path)) {
      state.cwd = path;
      return ok(`cd into ${path}`, { partial: true });
    }
    // An earlier step Stageplay cannot follow may have made it: go on there, not knowing.
    if (mayBeThere(state, path, call.env)) {
      state.cwd = path;
      return { status: null, note: `cd into ${path}, which Stageplay cannot tell exists`, partial: true };
    }
    return { status: 2, note: `${path} does not exist`, error: `/bin/sh: 1: cd: can't cd to ${target}` };
  }
  state.cwd = path;
  state.env.PWD = path;
  return ok(`working directory ${path} for the commands after it`);
}

function exportVars(call: Invocation): Outcome {
  const names: string[] = [];
  for (const arg of call.args) {
    if (arg.startsWith("-")) continue;
    const eq = arg.indexOf("=");
    if (eq > 0) {
      call.state.env[arg.slice(0, eq)] = arg.slice(eq + 1);
      names.push(arg.slice(0, eq));
    } else names.push(arg);
  }
  return ok(`exported ${names.join(", ") || "nothing"} for the commands after it`);
}

function set(call: Invocation): Outcome {
  const { state } = call;
  for (let i = 0; i < call.args.length; i++) {
    const arg = call.args[i] as string;
    const on = arg.startsWith("-");
    if (/^[-+][a-zA-Z]+$/.test(arg)) {
      if (arg.includes("e")) state.errexit = on;
      if (arg.includes("o") && call.args[i + 1] === "pipefail") state.pipefail = on;
    } else if ((arg === "-o" || arg === "+o") && call.args[i + 1] === "pipefail") state.pipefail = on;
  }
  return ok(state.errexit ? "shell options: stop at the first failing command (-e)" : "shell options");
}

function unset(call: Invocation): Outcome {
  for (const name of call.args) delete call.state.env[name];
  return ok(`unset ${call.args.join(", ")}`);
}

/** `test`/`[`: file tests are answered from the overlay; others are taken as true. */
function test(call: Invocation): Outcome {
  const args = call.program === "[" ? call.args.slice(0, -1) : call.args;
  const negate = args[0] === "!";
  const rest = negate ? args.slice(1) : args;
  let result: boolean | null = null;
  if (rest.length === 2 && /^-[edfsxrwhL]$/.test(rest[0] as string)) {
    const path = at(call.state, rest[1] as string);
    const node = call.state.fs.resolve(path);
    const flag = rest[0];
    if (call.state.fs.bulkAncestor(path) && !node) result = null;
    // After a step Stageplay cannot follow, what a file is or holds may differ from its model.
    else if (mayBeThere(call.state, path, call.env) || node?.estimated) result = null;
    else if (flag === "-d") result = node?.type === "dir";
    else if (flag === "-f") result = node !== undefined && node.type !== "dir";
    else if (flag === "-s") result = node !== undefined && node.sizeBytes > 0;
    else result = node !== undefined;
  } else if (rest.length === 2 && (rest[0] === "-z" || rest[0] === "-n")) {
    result = rest[0] === "-z" ? rest[1] === "" : rest[1] !== "";
  } else if (rest.length === 3 && (rest[1] === "=" || rest[1] === "==" || rest[1] === "!=")) {
    result = (rest[0] === rest[2]) === (rest[1] !== "!=");
  }
  if (result === null) return { status: null, note: "a test Stageplay cannot answer; taken as true" };
  const value = negate ? !result : result;
  return { status: value ? 0 : 1, note: value ? "true" : "false" };
}

/** `sh -c '…'`, `bash -euxc '…'`, `sh script.sh`: the text runs in a child shell. */
function shell(call: Invocation): Outcome {
  const { state } = call;
  if (call.program === "bash" && !bashAvailable(state)) {
    return {
      status: 127,
      note: "this image has no bash",
      error: notFoundMessage(state, "bash"),
      fix: "Alpine and BusyBox images have only sh: write the command for sh, or apk add --no-cache bash first.",
    };
  }
  const child = fork(state);
  child.bash = call.program === "bash";
  let script: string | null = null;
  let name = "";
  for (let i = 0; i < call.args.length; i++) {
    const arg = call.args[i] as string;
    // `sh -s -- args`: the script is standard input, and what follows `--` are its arguments.
    if (arg === "--" || (/^-[a-zA-Z]*s[a-zA-Z]*$/.test(arg) && !arg.includes("c"))) {
      if (/^-[a-zA-Z]*e/.test(arg)) child.errexit = true;
      break;
    }
    if (/^-[a-zA-Z]+$/.test(arg)) {
      if (arg.includes("e")) child.errexit = true;
      if (arg.includes("c")) {
        script = call.args[i + 1] ?? "";
        break;
      }
      if (arg === "-o" && call.args[i + 1] === "pipefail") child.pipefail = true;
      continue;
    }
    if (arg === "-o") {
      if (call.args[i + 1] === "pipefail") child.pipefail = true;
      i++;
      continue;
    }
    // `curl … | bash -`: a lone "-" is standard input, as with -s.
    if (arg === "-") break;
    name = arg;
    script = state.fs.readText(at(state, arg)) ?? null;
    break;
  }
  if (script === null && name === "" && call.stdin !== null) script = call.stdin;
  if (script === null) {
    if (name !== "" && !state.fs.resolve(at(state, name))) {
      return {
        status: 127,
        note: `${name} does not exist`,
        error: `${call.program}: 0: cannot open ${name}: No such file`,
        missing: at(state, name),
      };
    }
    return {
      status: null,
      known: false,
      note: `runs ${name || "a script from standard input"}, whose text Stageplay does not have`,
    };
  }
  const status = runScriptText(script, child, call.text);
  return {
    status: status.code,
    note: `ran ${name ? name : "its script"} in a child shell`,
    stdout: status.stdout,
  };
}

function bashAvailable(state: ShellState): boolean {
  const base = state.ctx.base;
  if (state.fs.resolve("/bin/bash") || state.fs.resolve("/usr/bin/bash")) return true;
  return !base || base.shell.bash || base.uncertain.some((fact) => fact.field === "shell");
}

/** `sudo cmd`, `env A=b cmd`, `exec cmd`, `nohup cmd`, `time cmd`: run `cmd`. */
function wrapper(call: Invocation): Outcome {
  let args = call.args;
  const env = { ...call.env };
  if (call.program === "env") {
    while (args[0] !== undefined && (args[0].includes("=") || args[0].startsWith("-"))) {
      const [pair] = args;
      const eq = pair.indexOf("=");
      if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1);
      args = args.slice(1);
    }
  } else if (call.program === "sudo") {
    while (args[0]?.startsWith("-")) args = args.slice(args[0] === "-u" ? 2 : 1);
  }
  const [program, ...rest] = args;
  if (program === undefined) return ok(call.program === "env" ? "prints the environment" : "nothing to run");
  return dispatchCommand({
    ...call,
    program: basename(program),
    programPath: program,
    args: rest,
    fields: call.fields.slice(call.args.length - rest.length),
    env,
  });
}

function commandBuiltin(call: Invocation): Outcome {
  if (call.args[0] === "-v" || call.args[0] === "-V") return LOOKUP();
  return wrapper({ ...call, program: "exec" });
}

function exit(call: Invocation): Outcome {
  const code = Number(call.args[0] ?? "0");
  return { status: Number.isFinite(code) ? code : 2, note: "ends the script", exited: true };
}

function source(call: Invocation): Outcome {
  const path = call.args[0] ?? "";
  const script = call.state.fs.readText(at(call.state, path));
  if (script === undefined) {
    // `. /opt/venv/bin/activate` puts the venv first on PATH.
    const dir = at(call.state, path).replace(/\/activate$/, "");
    if (path.endsWith("/activate")) {
      call.state.env.PATH = `${dir}:${call.state.env.PATH ?? ""}`;
      call.state.env.VIRTUAL_ENV = dir.replace(/\/bin$/, "");
      return ok(`activated the venv ${call.state.env.VIRTUAL_ENV}: its bin is first on PATH`);
    }
    return { status: null, known: false, note: `reads ${path}, whose text Stageplay does not have` };
  }
  const status = runScriptText(script, call.state, call.text);
  return { status: status.code, note: `ran ${path} in this shell` };
}

export const SHELL_BUILTINS: Readonly<Record<string, CommandHandler>> = {
  ...Object.fromEntries(NO_EFFECT.map((name) => [name, () => ok("changes nothing")])),
  false: () => ({ status: 1, note: "fails on purpose" }),
  cd,
  export: exportVars,
  set,
  unset,
  test,
  "[": test,
  "[[": (call) => test({ ...call, program: "[" }),
  which: () => LOOKUP(),
  type: () => LOOKUP(),
  command: commandBuiltin,
  sh: shell,
  bash: shell,
  ash: shell,
  dash: shell,
  env: wrapper,
  sudo: wrapper,
  exec: wrapper,
  nohup: wrapper,
  time: wrapper,
  exit,
  source,
  ".": source,
};
