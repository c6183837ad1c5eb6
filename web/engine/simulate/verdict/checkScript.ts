// A script starts through the interpreter its `#!` line names. A venv's console scripts name the
// venv's python by the absolute path the venv was created at, and that python is a symlink to the
// interpreter in pyvenv.cfg's `home`: move the venv, or change the Python, and the script cannot start.
import type { FileFact } from "../types";
import type { Program } from "./checkCommand";
import { which, type ImageView, type Lookup } from "./imageView";
import type { Launch } from "./launch";
import { basename, dirname } from "./paths";
import { code, failed, passed, type Reason } from "./reason";

type Script = Extract<FileFact, { kind: "script" }>;

/** The interpreter program, found: `#!/usr/bin/env python3` searches PATH. */
function findInterpreter(view: ImageView, line: string): { path: string; lookup: Lookup } {
  const [first = "", second] = line.trim().split(/\s+/);
  if (basename(first) === "env" && second !== undefined) {
    const hit = which(view, second);
    return hit
      ? { path: hit.path, lookup: hit.lookup }
      : { path: second, lookup: { found: false, path: second } };
  }
  return { path: first, lookup: view.resolve(first) };
}

function whyMissing(view: ImageView, interpreter: string): string {
  const venvRoot = dirname(dirname(interpreter));
  const link = view.stat(interpreter);
  if (link?.type === "symlink") {
    return ` ${interpreter} is a link to ${link.target}, which this image does not have: the venv was made with another stage's Python, and its pyvenv.cfg still names that one.`;
  }
  const moved = view
    .withFact("venv")
    .find(
      ({ node }) =>
        node.copiedFrom &&
        dirname(node.copiedFrom.path) !== dirname(node.path) &&
        node.copiedFrom.path.startsWith(venvRoot),
    );
  if (moved) {
    return ` The venv was made at ${venvRoot} and copied to ${moved.node.path}; its scripts still name the old path.`;
  }
  return "";
}

export interface ScriptRun {
  reasons: Reason[];
  /** The interpreter the script runs with, as a program, when found. */
  interpreter: Program | null;
}

export function checkScript(view: ImageView, launch: Launch, program: Program, script: Script): ScriptRun {
  const { path, lookup } = findInterpreter(view, script.interpreter);
  const line = view.lineOf(program.lookup.node) ?? program.line;
  if (!lookup.found) {
    const errorText = launch.shell
      ? `${launch.shell.program}: ${program.word}: ${script.interpreter}: bad interpreter: No such file or directory`
      : `exec ${program.path}: no such file or directory`;
    return {
      reasons: [
        failed(
          "interpreter",
          `${program.path} is a script whose first line ${code(`#!${script.interpreter}`)} names an interpreter that is not in the image.${whyMissing(view, path)}`,
          {
            runtimeError: errorText,
            line,
            fix: /\/bin\/python[\d.]*$/.test(path)
              ? "Build the venv at the same path it has at run time (e.g. /opt/venv in both stages), with the same Python image in both stages, and copy it whole."
              : `Start the script with an interpreter the image has (Alpine has ${code("#!/bin/sh")} but no bash), or install that interpreter.`,
          },
        ),
      ],
      interpreter: null,
    };
  }
  return {
    reasons: [
      passed("interpreter", `${program.path} is a script run by ${lookup.path} (its #! line).`, line),
    ],
    interpreter: { word: path, path, lookup, line },
  };
}
