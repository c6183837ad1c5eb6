// A venv copied to another path: its bin/ scripts start with `#!<old path>/bin/python`, and
// pyvenv.cfg's paths are the old ones. Venvs are not relocatable; build them where they will run.
import type { Diagnostic } from "../../diagnostics/types";
import { dirname, joinPath } from "../../simulate/verdict/paths";
import { finalImage, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const VENV_MOVED = "venv-moved";
const URL = "https://docs.python.org/3/library/venv.html#how-venvs-work";

function venvRoot(path: string): string {
  return path.endsWith("/pyvenv.cfg") ? dirname(path) : path;
}

export const venvMoved: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const { node } of image.view.withFact("venv")) {
    const from = node.copiedFrom;
    if (!from) continue;
    const now = venvRoot(node.path);
    const before = venvRoot(from.path);
    if (now === before || seen.has(now)) continue;
    seen.add(now);
    const script = image.view
      .withFact("script")
      .find(
        ({ node: candidate, fact }) =>
          candidate.path.startsWith(`${now}/bin/`) && fact.interpreter.startsWith(`${before}/`),
      );
    const oldPython = script?.fact.interpreter ?? joinPath(before, "bin/python");
    const verdict = verdictFailure(image, "interpreter", from.line);
    const scriptPath = script?.node.path ?? joinPath(now, "bin/…");
    const runtimeError = verdict?.runtimeError ?? `exec ${scriptPath}: no such file or directory`;
    // From a shell (a shell-form CMD, `docker exec … sh`) the same script fails in bash's words.
    const shellError = `${scriptPath}: ${oldPython}: bad interpreter: No such file or directory`;
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: VENV_MOVED,
        severity: "error",
        line: from.line,
        message: `The venv made at ${before} is copied to ${now}, but a venv does not move: its scripts start with ${code(`#!${oldPython}`)}, a path that does not exist here, so running them fails with ${code(runtimeError)} (from a shell: ${code(shellError)}).`,
        fix: `Create the venv at the path it has at run time and copy it to that same path, e.g. ${code(`RUN python -m venv ${now}`)} in the build stage and ${code(`COPY --from=<build stage> ${now} ${now}`)}.`,
        url: URL,
      }),
    );
  }
  return diagnostics;
};
