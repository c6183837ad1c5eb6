// Which Python a `pip`/`python` command runs, found as the shell finds it: the program's own path,
// else the first PATH directory that has it. A venv's bin wins when PATH lists it first (the
// ENV PATH="/opt/venv/bin:$PATH" idiom); otherwise it is the image's Python.
import type { FileNode } from "../../types";
import { dirname, resolvePath } from "../overlayFs";
import type { ShellState } from "../runState";

export interface PythonEnv {
  /** The interpreter path scripts get in their `#!` line. */
  interpreter: string;
  binDir: string;
  sitePackages: string;
  minor: string | null;
  version: string | null;
  /** The venv's root when the Python is a venv's. */
  venv: string | null;
  /** A distro Python (Debian 12+, Ubuntu 24.04) marked EXTERNALLY-MANAGED: pip refuses to install into it (PEP 668). */
  externallyManaged: boolean;
}

function venvOf(state: ShellState, binDir: string): FileNode | undefined {
  if (!binDir.endsWith("/bin")) return undefined;
  const root = state.fs.stat(dirname(binDir));
  return root?.facts.some((fact) => fact.kind === "venv") ? root : undefined;
}

function fromVenv(root: FileNode): PythonEnv {
  const fact = root.facts.find((candidate) => candidate.kind === "venv");
  const minor = fact?.kind === "venv" ? fact.pythonMinor : null;
  return {
    interpreter: `${root.path}/bin/python`,
    binDir: `${root.path}/bin`,
    sitePackages: `${root.path}/lib/python${minor ?? "3"}/site-packages`,
    minor,
    version: minor,
    venv: root.path,
    externallyManaged: false,
  };
}

function interpreterVersion(state: ShellState, path: string): string | null {
  const node = state.fs.resolve(path);
  const fact = node?.facts.find(
    (candidate) => candidate.kind === "interpreter" && candidate.language === "python",
  );
  return fact?.kind === "interpreter" ? fact.version : null;
}

/** Whether a "3.N" minor version is at least 3.`least` (compared as numbers: 3.9 < 3.11). */
export function minorAtLeast(minor: string | null, least: number): boolean {
  const match = /^3\.(\d+)/.exec(minor ?? "");
  return match !== null && Number(match[1]) >= least;
}

function minorOf(version: string | null): string | null {
  return version ? version.split(".").slice(0, 2).join(".") : null;
}

/** The image's Python, from the catalog entry or an interpreter the filesystem shows (apt's python3). */
function systemPython(state: ShellState, binDir: string | null): PythonEnv | null {
  const runtime = state.ctx.base?.runtimes.find((candidate) => candidate.kind === "python");
  if (runtime?.kind === "python" && (binDir === null || binDir === dirname(runtime.binary))) {
    const version = interpreterVersion(state, runtime.binary) ?? runtime.version;
    return {
      interpreter: runtime.binary,
      binDir: dirname(runtime.binary),
      sitePackages: runtime.sitePackages,
      minor: minorOf(version) ?? runtime.minor,
      version,
      venv: null,
      externallyManaged: false,
    };
  }
  for (const dir of binDir ? [binDir] : ["/usr/local/bin", "/usr/bin"]) {
    const version = interpreterVersion(state, `${dir}/python3`);
    if (!version) continue;
    const minor = minorOf(version);
    const distro = dir === "/usr/bin";
    return {
      interpreter: `${dir}/python3`,
      binDir: distro ? "/usr/local/bin" : dir,
      sitePackages: distro
        ? `/usr/local/lib/python${minor}/dist-packages`
        : `${dirname(dir)}/lib/python${minor}/site-packages`,
      minor,
      version,
      venv: null,
      // Debian 12+, Ubuntu 23.04+ and Alpine 3.19+ mark their Python EXTERNALLY-MANAGED (PEP 668).
      externallyManaged: distro && minorAtLeast(minor, 11),
    };
  }
  return null;
}

/** The Python behind `program` (python, python3, pip, pip3 or a path to one); null when none is found. */
export function findPython(
  state: ShellState,
  programPath: string,
  env: Readonly<Record<string, string>>,
): PythonEnv | null {
  if (programPath.includes("/")) {
    const dir = dirname(resolvePath(programPath, state.cwd));
    const venv = venvOf(state, dir);
    return venv ? fromVenv(venv) : systemPython(state, dir);
  }
  const program = programPath;
  for (const dir of (env.PATH ?? "").split(":").filter((entry) => entry.startsWith("/"))) {
    const venv = venvOf(state, dir);
    if (venv && (state.fs.stat(`${dir}/${program}`) || state.fs.stat(`${dir}/python`))) return fromVenv(venv);
    const found = state.fs.resolve(`${dir}/${program}`);
    if (found && !venv) {
      const system = systemPython(state, dir);
      if (system) return system;
    }
  }
  return systemPython(state, null);
}
