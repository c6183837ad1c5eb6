// What the app imports must be where its python looks: a site-packages of the same Python version
// (the venv's when it runs from one), the user site only for the user whose home it is, PYTHONPATH,
// and the script's own directory. Compiled extensions must also match the image's libc.
import type { FileFact, FileNode } from "../types";
import { hasLibc, libcName } from "./imageLibc";
import type { ImageView } from "./imageView";
import { explainMissingPython } from "./explainMissingPython";
import { dirname, joinPath } from "./paths";
import { packageLocation, type PythonInterpreter } from "./pythonInterpreter";
import { packageLibraryProblem } from "./packageLibraries";
import { PYTHON_STDLIB } from "./pythonStdlib";
import { sourceImports } from "./sourceImports";
import { importNames, importNamesGuessed } from "./importNames";
import { code, failed, passed, type Reason } from "./reason";

type PythonPackage = Extract<FileFact, { kind: "python-package" }>;
type Found =
  | { kind: "package"; node: FileNode; fact: PythonPackage; at: string }
  | { kind: "local"; at: string; doubtful: boolean };

const MAX_SOURCES = 50;

function importsOf(node: FileNode): string[] {
  return sourceImports(node, "python") ?? [];
}

function topLevel(name: string): string | null {
  if (name.startsWith(".")) return null;
  return name.split(".")[0] ?? null;
}

/** A module file or package directory under one of `dirs`, as the import system finds it. */
function findModule(view: ImageView, dirs: readonly string[], name: string): Found | null {
  for (const dir of dirs) {
    for (const candidate of [`${name}.py`, `${name}/__init__.py`, name]) {
      const lookup = view.resolve(joinPath(dir, candidate));
      if (!lookup.found) continue;
      if (lookup.assumed && lookup.tree?.facts.some((fact) => fact.kind === "python-package")) continue;
      return { kind: "local", at: lookup.path, doubtful: lookup.assumed };
    }
  }
  return null;
}

/** The modules the app needs from outside the standard library, following its own local modules. */
function neededModules(
  view: ImageView,
  app: FileNode | null,
  extra: readonly string[],
  appDir: string,
): string[] {
  const needed: string[] = [];
  const queue = [...(app ? importsOf(app) : []), ...extra];
  while (queue.length > 0 && needed.length < MAX_SOURCES) {
    const name = topLevel(queue.shift() ?? "");
    // Underscore modules (__future__, _thread) are the interpreter's own.
    if (name === null || name.startsWith("_") || PYTHON_STDLIB.has(name) || needed.includes(name)) continue;
    needed.push(name);
    const local = findModule(view, [appDir], name);
    const source = local ? view.resolve(local.at) : null;
    if (source?.found && !source.assumed) queue.push(...importsOf(source.node));
  }
  return needed;
}

function locate(
  view: ImageView,
  python: PythonInterpreter,
  dirs: readonly string[],
  name: string,
): Found | null {
  for (const { node, fact } of view.withFact("python-package")) {
    if (!importNames(fact).includes(name)) continue;
    const at = packageLocation(node, fact);
    if (python.searched.includes(at)) return { kind: "package", node, fact, at };
  }
  return findModule(view, dirs, name);
}

function nativeProblem(
  view: ImageView,
  python: PythonInterpreter,
  name: string,
  found: Found,
): Reason | null {
  if (found.kind !== "package") return null;
  const { fact, node, at } = found;
  const native = fact.nativeLibc;
  if (native === null) return null;
  const line = view.lineOf(node);
  if (fact.pythonMinor !== null && fact.pythonMinor !== python.minor) {
    return failed(
      "dependencies",
      `${fact.name} in ${at} has compiled extensions built for Python ${fact.pythonMinor}, but this image runs Python ${python.version}; they do not load on another minor version.`,
      {
        runtimeError: `ModuleNotFoundError: No module named '${name}'`,
        line,
        fix: `Use the same Python version in the build stage and the final stage (e.g. both ${code(`python:${python.minor}-slim`)}).`,
      },
    );
  }
  if (hasLibc(view, native)) return null;
  const musl = native === "musl";
  return failed(
    "libc",
    `${fact.name} in ${at} has compiled extensions linked against ${native}, but this image has ${libcName(view)}: ${musl ? "musllinux" : "manylinux"} wheels only load on ${native}.`,
    {
      runtimeError: musl
        ? `ImportError: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory`
        : `ImportError: Error relocating ${at}/${name}/…so: __snprintf_chk: symbol not found`,
      line,
      fix: `Install the packages on the same libc family as the final image: build on ${musl ? "python:*-alpine" : "python:*-slim"} when the final stage is ${musl ? "Alpine" : "Debian-based"}.`,
    },
  );
}

/** A missing import is only probable when packages whose import names Stageplay guesses are where Python looks. */
function hedged(view: ImageView, python: PythonInterpreter, reason: Reason): Reason {
  const unsure = view
    .withFact("python-package")
    .filter(
      ({ node, fact }) => python.searched.includes(packageLocation(node, fact)) && importNamesGuessed(fact),
    )
    .map(({ fact }) => fact.name);
  if (unsure.length === 0) return reason;
  const names = [...new Set(unsure)].map((name) => code(name)).join(", ");
  return {
    ...reason,
    message: `${reason.message} Stageplay does not know every name ${names} can be imported as; if one of them provides it, the app would start.`,
    doubtful: true,
  };
}

export function checkPythonImports(
  view: ImageView,
  python: PythonInterpreter,
  app: FileNode | null,
  extra: readonly string[],
  line: number | null,
): Reason[] {
  const dirs = [...(app ? [dirname(app.path)] : [view.workdir]), ...python.searched];
  if (app && sourceImports(app, "python") === null && extra.length === 0) {
    return [
      passed(
        "dependencies",
        `Stageplay did not read any imports in ${app.path}, so it did not check its packages.`,
        line,
      ),
    ];
  }
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const found = new Map<string, string[]>();
  let doubtful = false;
  for (const name of neededModules(view, app, extra, dirs[0] ?? view.workdir)) {
    const hit = locate(view, python, dirs, name);
    if (!hit) {
      missing.push(name);
      continue;
    }
    doubtful ||= hit.kind === "local" && hit.doubtful;
    const where = hit.kind === "package" ? hit.at : dirname(hit.at);
    found.set(where, [...(found.get(where) ?? []), name]);
    const problem =
      nativeProblem(view, python, name, hit) ??
      (hit.kind === "package" ? packageLibraryProblem(view, hit.node, hit.fact, hit.at) : null);
    if (problem && !reasons.some((reason) => reason.message === problem.message)) reasons.push(problem);
  }
  if (missing.length > 0)
    reasons.unshift(hedged(view, python, explainMissingPython(view, python, missing, app, line)));
  else if (reasons.length === 0) {
    const groups = [...found].map(([where, names]) => `${names.join(", ")} (${where})`);
    const what = groups.length > 0 ? `: ${groups.join("; ")}` : " (only the standard library)";
    reasons.push({
      ...passed("dependencies", `What the app imports is where Python ${python.version} looks${what}.`, line),
      ...(doubtful ? { doubtful } : {}),
    });
  }
  return reasons;
}
