// `python app.py`: the script must be in the image, and what it imports must be where this python
// looks (see checkPythonImports).
import type { FileNode } from "../types";
import type { RunUser } from "./checkUser";
import type { Program } from "./checkCommand";
import { checkPythonImports } from "./checkPythonImports";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { missingAppHint } from "./appFile";
import { normalizePath } from "./paths";
import { pythonInterpreter } from "./pythonInterpreter";
import { pythonTarget } from "./pythonInvocation";
import { assumedNote, code, failed, passed, type Reason } from "./reason";

export interface Checked {
  reasons: Reason[];
  /** Files the program reads: their permissions matter for a non-root USER. */
  reads: FileNode[];
}

export function checkPython(view: ImageView, launch: Launch, program: Program, user: RunUser): Checked {
  const python = pythonInterpreter(view, program.path, program.lookup, user);
  const who = `Python ${python.version}${python.venv ? ` (the venv at ${python.venv})` : ""}`;
  if (launch.partial) return { reasons: [], reads: [] };
  const target = pythonTarget(launch.words.slice(1), 1);
  if (target.kind === "inline" || target.kind === "prompt") {
    return { reasons: [passed("interpreter", `${code(program.word)} is ${who}.`, program.line)], reads: [] };
  }
  const line = launch.lines[target.index] ?? program.line;
  if (target.kind === "module") {
    return { reasons: checkPythonImports(view, python, null, [target.name], line), reads: [] };
  }
  const path = normalizePath(target.word, view.workdir);
  const app = view.resolve(path);
  if (!app.found || app.node.type === "dir") {
    const hint = missingAppHint(view, launch, target.index, path);
    const what = app.found ? "is a directory" : "is not in the image";
    return {
      reasons: [
        failed("interpreter", `${who} is asked to run ${target.word}, but ${path} ${what}. ${hint.message}`, {
          runtimeError: `${program.word}: can't open file '${path}': [Errno 2] No such file or directory`,
          line,
          fix: hint.fix,
        }),
      ],
      reads: [],
    };
  }
  return {
    reasons: [
      {
        ...passed(
          "interpreter",
          `${code(program.word)} is ${who}; it runs ${app.path}${app.assumed ? assumedNote(app) : ""}.`,
          program.line,
        ),
        ...(app.assumed ? { doubtful: true } : {}),
      },
      ...checkPythonImports(view, python, app.node, [], line),
    ],
    reads: [app.node],
  };
}
