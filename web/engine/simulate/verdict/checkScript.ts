// A script starts through the interpreter its `#!` line names. A venv's console scripts name the
// venv's python by the absolute path the venv was created at, and that python is a symlink to the
// interpreter in pyvenv.cfg's `home`: move the venv, or change the Python, and the script cannot start.
import type { FileFact, FileNode } from "../types";
import type { Program } from "./checkCommand";
import { which, type ImageView, type Lookup } from "./imageView";
import type { Launch } from "./launch";
import { basename, dirname } from "./paths";
import { code, failed, passed, type Reason } from "./reason";

type Script = Extract<FileFact, { kind: "script" }>;

/** The interpreter program, found: `#!/usr/bin/env python3` searches PATH. */
function findInterpreter(
  view: ImageView,
  line: string,
): { path: string; lookup: Lookup; viaEnv: string | null } {
  // Split on spaces and tabs only: a carriage return (CRLF line endings) stays part of the name.
  const [first = "", second] = line.replace(/^[ \t]+/, "").split(/[ \t]+/);
  if (basename(first) === "env" && second !== undefined) {
    const hit = which(view, second);
    return hit
      ? { path: hit.path, lookup: hit.lookup, viaEnv: first }
      : { path: second, lookup: { found: false, path: second }, viaEnv: first };
  }
  return { path: first, lookup: view.resolve(first), viaEnv: null };
}

/** The `#!` line of a file whose text the simulator has, as a script fact. */
export function scriptFromContent(node: FileNode): Script | null {
  if (node.content === undefined || !node.content.startsWith("#!")) return null;
  const end = node.content.indexOf("\n");
  return { kind: "script", interpreter: node.content.slice(2, end < 0 ? undefined : end) };
}

/** What fails to start: the kernel (runc reports ENOENT), or env, which prints its own message. */
function errorText(
  view: ImageView,
  launch: Launch,
  program: Program,
  script: Script,
  viaEnv: string | null,
  path: string,
): string {
  if (viaEnv) {
    const busybox = view.base?.os.distro === "alpine" || view.base?.os.distro === "busybox";
    return busybox
      ? `env: can't execute '${path}': No such file or directory`
      : `${viaEnv}: '${path}': No such file or directory`;
  }
  if (launch.shell) {
    return `${launch.shell.program}: ${program.word}: ${script.interpreter}: bad interpreter: No such file or directory`;
  }
  return `exec ${program.path}: no such file or directory`;
}

function fixFor(path: string, crlf: boolean): string {
  if (crlf)
    return "Save the script with Unix (LF) line endings (e.g. `RUN sed -i 's/\\r$//' <script>` or `.gitattributes` with `eol=lf`).";
  if (/\/bin\/python[\d.]*$/.test(path)) {
    return "Build the venv at the same path it has at run time (e.g. /opt/venv in both stages), with the same Python image in both stages, and copy it whole.";
  }
  return `Start the script with an interpreter the image has (Alpine has ${code("#!/bin/sh")} but no bash), or install that interpreter.`;
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
  const { path, lookup, viaEnv } = findInterpreter(view, script.interpreter);
  const line = view.lineOf(program.lookup.node) ?? program.line;
  const shown = script.interpreter.replace(/\r$/, "");
  if (!lookup.found) {
    const crlf = script.interpreter.endsWith("\r");
    const why = crlf
      ? " The line ends in an invisible carriage return (the file has Windows CRLF line endings), so the interpreter's name includes it."
      : whyMissing(view, path);
    return {
      reasons: [
        failed(
          "interpreter",
          `${program.path} is a script whose first line ${code(`#!${shown}`)} names an interpreter that is not in the image.${why}`,
          {
            runtimeError: errorText(view, launch, program, script, viaEnv, path),
            line,
            fix: fixFor(path, crlf),
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
