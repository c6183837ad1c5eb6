// Packages or a venv installed for one Python minor version, copied into an image whose python is
// another: it looks in lib/python3.11, not lib/python3.12, and compiled extensions (cp312) do not
// load on 3.11. The distroless python3 image (Debian's 3.11) after a python:3.12 build is the classic.
import type { Diagnostic } from "../../diagnostics/types";
import type { FileNode } from "../../simulate/types";
import { finalImage, verdictFailure, type FinalImage } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const PYTHON_VERSION_MISMATCH = "python-version-mismatch";

function minorOf(version: string): string {
  return version.split(".").slice(0, 2).join(".");
}

/** The Python versions the image can run: interpreters among its files and its base image's runtimes. */
function pythonsOf(image: FinalImage): Map<string, string> {
  const versions = new Map<string, string>();
  for (const { fact } of image.view.withFact("interpreter")) {
    if (fact.language === "python") versions.set(minorOf(fact.version), fact.version);
  }
  for (const runtime of image.view.base?.runtimes ?? []) {
    if (runtime.kind === "python") versions.set(runtime.minor, runtime.version);
  }
  return versions;
}

interface Mismatch {
  node: FileNode;
  what: string;
  minor: string;
  module: string | null;
}

export const pythonVersionMismatch: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const pythons = pythonsOf(image);
  if (pythons.size === 0) return [];
  const byLine = new Map<number, Mismatch>();
  for (const node of image.stage.files) {
    for (const fact of node.facts) {
      const mismatch: Mismatch | null =
        fact.kind === "python-package" && fact.pythonMinor !== null && !pythons.has(fact.pythonMinor)
          ? {
              node,
              what: `${fact.name} (in ${fact.sitePackages})`,
              minor: fact.pythonMinor,
              module: fact.imports[0] ?? fact.name,
            }
          : fact.kind === "venv" && fact.pythonMinor !== null && !pythons.has(fact.pythonMinor)
            ? {
                node,
                what: `the venv at ${node.path.replace(/\/pyvenv\.cfg$/, "")}`,
                minor: fact.pythonMinor,
                module: null,
              }
            : null;
      const line = mismatch ? image.view.lineOf(node) : null;
      if (mismatch && line !== null && !byLine.has(line)) byLine.set(line, mismatch);
    }
  }
  const runs = [...pythons.values()].join(" or ");
  const diagnostics: Diagnostic[] = [];
  for (const [line, { what, minor, module }] of byLine) {
    const verdict = verdictFailure(image, "dependencies", line) ?? verdictFailure(image, "interpreter", line);
    const runtimeError =
      verdict?.runtimeError ??
      (module ? `ModuleNotFoundError: No module named '${module}'` : `No module named 'encodings'`);
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: PYTHON_VERSION_MISMATCH,
        severity: "error",
        line,
        message: `This copies ${what}, installed for Python ${minor}, into an image whose python is ${runs}: it looks in lib/python${[...pythons.keys()][0]}, and compiled extensions only load on the minor version they were built for, so the app fails with ${code(runtimeError)}.`,
        fix: `Use the same Python version in the build stage and the final stage (e.g. ${code(`python:${minor}-slim`)} for both, or build on the final image's Python ${[...pythons.keys()][0]}).`,
        url: "https://docs.python.org/3/library/venv.html#how-venvs-work",
      }),
    );
  }
  return diagnostics;
};
