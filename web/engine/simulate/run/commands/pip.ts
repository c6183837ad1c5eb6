// pip install: where packages land decides whether the final stage finds them (learner questions
// 1–4): the system site-packages, --user's ~/.local, --prefix, --target, or the venv on PATH. Each
// requirement is one bulk node with a python-package fact; console scripts get a `#!` fact.
import type { PipPackageFigure } from "../../catalog";
import { findPipPackage } from "../../catalog";
import type { FileFact, FileNode } from "../../types";
import { DURATION } from "../estimateDuration";
import { utf8Length } from "../../../parse/splitLines";
import type { Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { at, flagValue, grow, hasFlag, put } from "../writeNodes";
import type { PythonEnv } from "./findPython";
import { findPython, minorAtLeast } from "./findPython";
import { readRequirements } from "./readRequirements";
import { sourceBuildProblem } from "./sourceBuilds";
import { missingProgram } from "./requireProgram";

interface Destination {
  sitePackages: string;
  binDir: string;
  interpreter: string;
  minor: string | null;
  label: string;
}

function destination(call: Invocation, python: PythonEnv): Destination {
  const { args, state } = call;
  const minor = python.minor ?? "3";
  const lib = `lib/python${minor}/site-packages`;
  const home = call.env.HOME ?? state.owner.home;
  const target = flagValue(args, "--target", "-t");
  if (target)
    return {
      sitePackages: at(state, target),
      binDir: `${at(state, target)}/bin`,
      interpreter: python.interpreter,
      minor: python.minor,
      label: at(state, target),
    };
  const prefix = flagValue(args, "--prefix");
  if (prefix) {
    const root = at(state, prefix);
    return {
      sitePackages: `${root}/${lib}`,
      binDir: `${root}/bin`,
      interpreter: python.interpreter,
      minor: python.minor,
      label: `${root}/${lib}`,
    };
  }
  const userInstall = hasFlag(args, "--user") || (!python.venv && state.owner.uid !== 0);
  if (userInstall && !python.venv) {
    const base = call.env.PYTHONUSERBASE || `${home === "/" ? "/root" : home}/.local`;
    return {
      sitePackages: `${base}/${lib}`,
      binDir: `${base}/bin`,
      interpreter: python.interpreter,
      minor: python.minor,
      label: `${base}/${lib}`,
    };
  }
  const rootDir = flagValue(args, "--root");
  const prefixRoot = rootDir ? at(state, rootDir) : "";
  return {
    sitePackages: prefixRoot + python.sitePackages,
    binDir: prefixRoot + python.binDir,
    interpreter: python.interpreter,
    minor: python.minor,
    label: python.venv ? `the venv ${python.venv}` : prefixRoot + python.sitePackages,
  };
}

/** An installed distribution already covers `name` (itself, or as a dependency of another). */
function installed(state: ShellState, sitePackages: string, name: string): FileNode | undefined {
  const module = name.replace(/-/g, "_");
  return state.fs
    .list(sitePackages)
    .find((node) =>
      node.facts.some(
        (fact) => fact.kind === "python-package" && (fact.name === name || fact.imports.includes(module)),
      ),
    );
}

function installFigure(
  call: Invocation,
  to: Destination,
  figure: PipPackageFigure,
  upgrade: boolean,
): FileNode | null {
  const { state } = call;
  const existing = installed(state, to.sitePackages, figure.requirement);
  if (existing && !upgrade) return null;
  const libc = state.ctx.base?.libc.family ?? "glibc";
  const scripts = figure.scripts.map((script) => `${to.binDir}/${script}`);
  for (const path of scripts) {
    const content = `#!${to.interpreter}\n# console script written by pip for ${figure.requirement}\n`;
    put(state, path, {
      content,
      sizeBytes: utf8Length(content),
      mode: 0o755,
      facts: [{ kind: "script", interpreter: to.interpreter }],
    });
  }
  const fact: FileFact = {
    kind: "python-package",
    name: figure.requirement,
    imports: [...figure.imports],
    sitePackages: to.sitePackages,
    pythonMinor: to.minor,
    nativeLibc: figure.nativeExtensions ? libc : null,
    scripts,
  };
  return put(state, `${to.sitePackages}/${figure.requirement.replace(/-/g, "_")}`, {
    type: "dir",
    bulk: true,
    sizeBytes: figure.installed.bytes,
    estimated: figure.installed.estimated,
    facts: [fact],
  });
}

/** `cacheDir` is where downloads are kept (pip's by default; uv's for `uv pip`), null for none. */
export function pipInstall(call: Invocation, cacheDir?: string | null): Outcome {
  const { state } = call;
  const python = findPython(state, call.programPath, call.env);
  if (!python) {
    const fix = "This image has no Python: use a python image, or install python3 (and create a venv) first.";
    return (
      missingProgram(call, ["python"], fix) ?? {
        status: null,
        partial: true,
        writesUnknown: true,
        note: "no Python found on PATH, so where pip installs is unknown",
      }
    );
  }
  if (
    python.externallyManaged &&
    !hasFlag(call.args, "--break-system-packages", "--user", "--target", "-t", "--prefix") &&
    !call.env.PIP_BREAK_SYSTEM_PACKAGES
  ) {
    return {
      status: 1,
      note: `${python.interpreter} is the distribution's Python, marked externally managed`,
      error: "error: externally-managed-environment",
      fix: "Create a venv (python3 -m venv /opt/venv) and install into it, or use a python:* image.",
    };
  }
  const read = readRequirements(state, call.args);
  if (read.error) {
    return {
      status: 1,
      note: "a requirements file is missing",
      error: read.error,
      ...(read.missingFile ? { missing: read.missingFile } : {}),
      fix: "COPY the requirements file into the image before this RUN (check its path against WORKDIR).",
    };
  }
  const to = destination(call, python);
  const upgrade = hasFlag(call.args, "-U", "--upgrade");
  const noDeps = hasFlag(call.args, "--no-deps");
  const names: string[] = [];
  const added: FileNode[] = [];
  let wheelBytes = 0;
  let guessed = false;
  for (const requirement of read.requirements) {
    if (requirement.kind === "project") {
      const node = installProject(call, to, requirement.name, requirement.editable, requirement.dir);
      added.push(node);
      names.push(requirement.name);
      if (!noDeps)
        for (const dep of requirement.dependencies) read.requirements.push({ kind: "package", name: dep });
      continue;
    }
    const lookup = findPipPackage(requirement.name);
    if (!lookup || names.includes(lookup.figure.requirement)) continue;
    // A wheel file was compiled where it was built (a `pip wheel` stage): installing it compiles nothing.
    const problem = requirement.built ? null : sourceBuildProblem(state, lookup.figure.requirement);
    if (problem)
      return { status: 1, note: `${lookup.figure.requirement} could not be compiled here`, ...problem };
    const node = installFigure(call, to, lookup.figure, upgrade);
    if (!node) continue;
    names.push(lookup.figure.requirement);
    added.push(node);
    guessed ||= lookup.unknown;
    wheelBytes += lookup.figure.wheels?.bytes ?? lookup.figure.installed.bytes / 3;
  }
  const noCache =
    cacheDir === null ||
    hasFlag(call.args, "--no-cache-dir") ||
    ["1", "true", "yes", "on", "off"].includes((call.env.PIP_NO_CACHE_DIR ?? "").toLowerCase());
  const home = call.env.HOME ?? state.owner.home;
  const cache = cacheDir ?? (call.env.PIP_CACHE_DIR || `${home === "/" ? "/root" : home}/.cache/pip`);
  if (!noCache && wheelBytes > 0) {
    grow(state, cache, wheelBytes, { estimated: true, facts: [{ kind: "cache", tool: "pip" }] });
  }
  const mb = added.reduce((sum, node) => sum + node.sizeBytes, 0) / 1e6;
  const sourceBuilds =
    state.ctx.base?.libc.family === "musl" && python.minor !== null && !minorAtLeast(python.minor, 8)
      ? added.filter((node) => node.facts.some((fact) => fact.kind === "python-package" && fact.nativeLibc))
      : [];
  if (sourceBuilds.length > 0 && !state.fs.resolve("/usr/bin/gcc")) {
    return {
      status: 1,
      note: "a package with compiled extensions must be built from source here, and there is no compiler",
      error: "error: command 'gcc' failed: No such file or directory",
      missing: "/usr/bin/gcc",
      fix: "Use a python:*-slim image, whose manylinux wheels need no compiler, or apk add --no-cache build-base in a builder stage.",
    };
  }
  const parts = [
    names.length > 0
      ? `installed ${names.join(", ")} into ${to.label} (${mb.toFixed(1)} MB${guessed ? ", partly estimated" : ""})`
      : "nothing new to install",
    read.unreadable.length > 0
      ? `the text of ${read.unreadable.join(", ")} is unknown, so its packages are not listed`
      : "",
    !noCache && wheelBytes > 0 ? `downloaded wheels stay in ${cache}` : "",
    sourceBuilds.length > 0 ? "no musllinux wheels in this Python's era: compiled from source" : "",
  ];
  return ok(parts.filter(Boolean).join("; "), {
    partial: read.unreadable.length > 0,
    durationMs:
      DURATION.pipBase +
      names.length * DURATION.pipPerPackage +
      mb * DURATION.pipPerMB +
      sourceBuilds.length * DURATION.pipSourceBuild,
    durationNote: `pip install of ${names.length} package${names.length === 1 ? "" : "s"}`,
  });
}

/** `pip install .` copies the project into site-packages; `-e .` only links to it with a .pth file. */
function installProject(
  call: Invocation,
  to: Destination,
  name: string,
  editable: boolean,
  dir: string,
): FileNode {
  const module = name.replace(/-/g, "_");
  const fact: FileFact = {
    kind: "python-package",
    name,
    imports: [module],
    sitePackages: to.sitePackages,
    pythonMinor: to.minor,
    nativeLibc: null,
    scripts: [],
  };
  if (editable) {
    const content = `${dir}\n`;
    return put(call.state, `${to.sitePackages}/__editable__.${module}.pth`, {
      content,
      sizeBytes: utf8Length(content),
      facts: [fact],
    });
  }
  const size = call.state.fs
    .walk(dir)
    .reduce((sum, node) => sum + (node.path.includes("/.") ? 0 : node.sizeBytes), 0);
  return put(call.state, `${to.sitePackages}/${module}`, {
    type: "dir",
    bulk: true,
    sizeBytes: size,
    facts: [fact],
  });
}

/** `pip wheel -w DIR …`: wheels of each requirement, for a later `pip install DIR/*.whl`. */
export function pipWheel(call: Invocation): Outcome {
  const read = readRequirements(call.state, call.args);
  if (read.error)
    return {
      status: 1,
      note: "a requirements file is missing",
      error: read.error,
      ...(read.missingFile ? { missing: read.missingFile } : {}),
    };
  const dir = at(call.state, flagValue(call.args, "-w", "--wheel-dir") ?? ".");
  const names: string[] = [];
  for (const requirement of read.requirements) {
    if (requirement.kind !== "package") continue;
    const lookup = findPipPackage(requirement.name);
    if (!lookup) continue;
    const bytes = lookup.figure.wheels?.bytes ?? lookup.figure.installed.bytes / 3;
    put(call.state, `${dir}/${lookup.figure.requirement.replace(/-/g, "_")}-0-py3-none-any.whl`, {
      sizeBytes: bytes,
      estimated: true,
    });
    names.push(lookup.figure.requirement);
  }
  return ok(`built wheels of ${names.join(", ")} into ${dir}`, {
    durationMs: DURATION.pipBase + names.length * DURATION.pipPerPackage,
    durationNote: `pip wheel of ${names.length} package${names.length === 1 ? "" : "s"}`,
  });
}

export function pipUninstall(call: Invocation): Outcome {
  const python = findPython(call.state, call.programPath, call.env);
  const names = call.args.filter((arg) => !arg.startsWith("-"));
  if (python)
    for (const name of names) {
      const node = installed(call.state, python.sitePackages, name.toLowerCase());
      if (node) call.state.fs.remove(node.path);
    }
  return ok(`uninstalled ${names.join(", ")}`);
}
