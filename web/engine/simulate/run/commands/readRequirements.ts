// What a `pip install` asks for: package arguments, requirements files (read from the stage's
// filesystem, with pip's own error when one is missing), local projects (`.`, `-e .`) and wheels.
import { requirementName } from "../../catalog";
import { dirname } from "../overlayFs";
import type { ShellState } from "../runState";
import { at } from "../writeNodes";

export type Requirement =
  /** `built`: a wheel file, which installs without compiling anything. */
  | { kind: "package"; name: string; built?: boolean }
  /** A local project directory: its name and dependencies from pyproject.toml or setup.py. */
  | { kind: "project"; dir: string; name: string; dependencies: string[]; editable: boolean };

export interface RequirementsRead {
  requirements: Requirement[];
  /** pip's error for a requirements file that does not exist. */
  error: string | null;
  /** That file's path. */
  missingFile?: string;
  /** A file exists but its text is unknown to the simulator. */
  unreadable: string[];
}

const VALUE_OPTIONS = new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--trusted-host",
  "--only-binary",
  "--no-binary",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--progress-bar",
  "-c",
  "--constraint",
  "--prefix",
  "--target",
  "-t",
  "--root",
  "--cache-dir",
  "--src",
  "--log",
  "--timeout",
  "--retries",
  "--proxy",
  "--upgrade-strategy",
  "--config-settings",
  "-C",
  "-w",
  "--wheel-dir",
]);

export function pipOptionTakesValue(arg: string): boolean {
  return VALUE_OPTIONS.has(arg);
}

/** Reads every requirement of `pip install <args>` run in `cwd`. */
export function readRequirements(state: ShellState, args: readonly string[]): RequirementsRead {
  const read: RequirementsRead = { requirements: [], error: null, unreadable: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "-r" || arg === "--requirement") {
      readFile(state, args[++i] ?? "", state.cwd, read, 0);
    } else if (arg.startsWith("--requirement=")) {
      readFile(state, arg.slice("--requirement=".length), state.cwd, read, 0);
    } else if (arg.startsWith("-r") && arg.length > 2 && !arg.startsWith("--")) {
      readFile(state, arg.slice(2), state.cwd, read, 0);
    } else if (arg === "-e" || arg === "--editable") {
      addArgument(state, args[++i] ?? ".", state.cwd, read, true);
    } else if (arg.startsWith("-")) {
      if (VALUE_OPTIONS.has(arg)) i++;
    } else addArgument(state, arg, state.cwd, read, false);
    if (read.error) break;
  }
  return read;
}

function addArgument(
  state: ShellState,
  arg: string,
  cwd: string,
  read: RequirementsRead,
  editable: boolean,
): void {
  if (/^(\.|\.\.|\/|~)/.test(arg) && !/\.(whl|tar\.gz|zip)$/i.test(arg)) {
    read.requirements.push(readProject(state, at({ ...state, cwd }, arg.replace(/\[.*\]$/, "")), editable));
    return;
  }
  const wheel = /([^/]+)\.whl$/i.exec(arg);
  const sdist = /([^/]+?)(?:\.tar\.gz|\.zip)$/i.exec(arg);
  if (wheel ?? sdist) {
    const name = requirementName(((wheel ?? sdist)?.[1] ?? "").split("-")[0] ?? "");
    if (name) read.requirements.push({ kind: "package", name, ...(wheel ? { built: true } : {}) });
    return;
  }
  const name = requirementName(arg);
  if (name) read.requirements.push({ kind: "package", name });
}

function readFile(state: ShellState, file: string, cwd: string, read: RequirementsRead, depth: number): void {
  const path = at({ ...state, cwd }, file);
  const text = state.fs.readText(path);
  if (text === undefined) {
    if (state.fs.mayExist(path)) read.unreadable.push(path);
    else {
      read.error = `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`;
      read.missingFile = path;
    }
    return;
  }
  const lines = text.replace(/\\\n/g, " ").split("\n");
  for (const raw of lines) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") continue;
    const [first = "", second = ""] = line.split(/\s+/);
    if ((first === "-r" || first === "--requirement") && depth < 10)
      readFile(state, second, dirname(path), read, depth + 1);
    else if (first.startsWith("-r") && !first.startsWith("--") && depth < 10)
      readFile(state, first.slice(2), dirname(path), read, depth + 1);
    else if (first === "-e" || first === "--editable") addArgument(state, second, dirname(path), read, true);
    else if (!first.startsWith("-"))
      addArgument(state, line.split(/\s+--/)[0] ?? line, dirname(path), read, false);
    if (read.error) return;
  }
}

/** A local project: pyproject.toml's `name` and `dependencies`, else setup.py's `install_requires`. */
function readProject(state: ShellState, dir: string, editable: boolean): Requirement {
  const pyproject = state.fs.readText(`${dir}/pyproject.toml`) ?? "";
  const setup = state.fs.readText(`${dir}/setup.py`) ?? "";
  const name =
    /^\s*name\s*=\s*["']([^"']+)["']/m.exec(pyproject)?.[1] ??
    /name\s*=\s*["']([^"']+)["']/.exec(setup)?.[1] ??
    (dir.split("/").pop() || "app");
  const list =
    /^\s*dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(pyproject)?.[1] ??
    /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(setup)?.[1] ??
    "";
  const dependencies = [...list.matchAll(/["']([^"']+)["']/g)]
    .map((match) => requirementName(match[1] ?? ""))
    .filter((dep): dep is string => dep !== null);
  return { kind: "project", dir, name: name.toLowerCase().replace(/[-_.]+/g, "-"), dependencies, editable };
}
