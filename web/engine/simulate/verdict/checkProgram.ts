// Once the program is found, what it is decides what else must be true: an ELF needs its libc, a
// script its `#!` interpreter, python/node/java their app file and its dependencies; and a non-root
// USER must be allowed to run and read them.
import type { FileFact } from "../types";
import { checkCommand, type Program } from "./checkCommand";
import { checkJava } from "./checkJava";
import { checkLibc } from "./checkLibc";
import { checkNode } from "./checkNode";
import { checkPermissions, type Access, type Reader } from "./checkPermissions";
import { checkPython, type Checked } from "./checkPython";
import { checkPythonImports } from "./checkPythonImports";
import { checkScript, scriptFromContent } from "./checkScript";
import type { RunUser } from "./checkUser";
import { consoleScriptApp } from "./consoleScriptApp";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { unwrap, wrapperError } from "./initWrapper";
import { npmScript } from "./npmScript";
import { basename } from "./paths";
import { pythonInterpreter } from "./pythonInterpreter";
import { code, imageName, passed, type Reason } from "./reason";
import { hasLibc, libcName } from "./imageLibc";

function factOf<K extends FileFact["kind"]>(
  program: Program,
  kind: K,
): Extract<FileFact, { kind: K }> | undefined {
  return program.lookup.node.facts.find((fact): fact is Extract<FileFact, { kind: K }> => fact.kind === kind);
}

/**
 * A program the simulator knows nothing about, such as a binary built on the host and copied from
 * the build context: on an image without glibc it starts only if it is statically linked.
 */
function unknownProgram(view: ImageView, program: Program): Reason[] {
  const node = program.lookup.node;
  if (node.origin.kind === "base" || node.content !== undefined || hasLibc(view, "glibc")) return [];
  return [
    {
      ...passed(
        "libc",
        `Stageplay does not know how ${program.lookup.path} was built. ${imageName(view)} has ${libcName(view)}, so it starts only if it is statically linked (for Go, CGO_ENABLED=0); a dynamically linked one fails with "exec ${program.path}: no such file or directory".`,
        view.lineOf(node) ?? program.line,
      ),
      doubtful: true,
    },
  ];
}

/** What an interpreter needs, by language. */
function checkInterpreted(
  view: ImageView,
  launch: Launch,
  program: Program,
  user: RunUser,
): Checked & { by: Reader } {
  const language = factOf(program, "interpreter")?.language;
  if (language === "python") return { ...checkPython(view, launch, program, user), by: "python" };
  if (language === "node") return { ...checkNode(view, launch, program), by: "node" };
  if (language === "java") return { ...checkJava(view, launch, program), by: "java" };
  return { reasons: unknownProgram(view, program), reads: [], by: "exec" };
}

/** A console script run by python: its app module (`gunicorn app:app`) must find its imports. */
function checkPythonScript(view: ImageView, launch: Launch, interpreter: Program, user: RunUser): Reason[] {
  const app = consoleScriptApp(view, launch);
  if (!app || !factOf(interpreter, "interpreter")) return [];
  const python = pythonInterpreter(view, interpreter.path, interpreter.lookup, user);
  return checkPythonImports(view, python, app.node, [], app.line);
}

/** A package.json script (`npm start`): the program it starts, checked as the container's own. */
function checkNpmScript(
  view: ImageView,
  launch: Launch,
  program: Program,
  user: RunUser,
  depth: number,
): Reason[] | null {
  const run = depth < 3 ? npmScript(view, launch, program) : null;
  if (!run) return null;
  if (!("launch" in run)) return [run.reason];
  const found = checkCommand(run.view, run.launch);
  const rest = found.program ? checkProgram(run.view, run.launch, found.program, user, depth + 1) : [];
  return [run.reason, found.reason, ...rest];
}

/**
 * An entrypoint script that ends in `exec "$@"` runs its arguments (the CMD) once it has set things
 * up, as the official images' docker-entrypoint.sh do: check that command as well.
 */
function handOn(
  view: ImageView,
  launch: Launch,
  program: Program,
  user: RunUser,
  depth: number,
): Reason[] | null {
  const text = program.lookup.node.content;
  if (depth >= 3 || text === undefined || !/exec\s+"\$@"/.test(text) || launch.words.length < 2) return null;
  const execLine = text.slice(0, text.search(/exec\s+"\$@"/)).split("\n").length;
  const interpreter = basename(text.slice(2, text.indexOf("\n")).trim().split(/\s+/).pop() ?? "sh");
  const kind = interpreter === "bash" ? "bash" : (view.base?.shell.kind ?? null);
  const next: Launch = {
    ...launch,
    words: launch.words.slice(1),
    lines: launch.lines.slice(1),
    shell: { program: program.path, kind, execLine },
    entrypointWords: 0,
  };
  const found = checkCommand(view, next);
  return [
    {
      ...found.reason,
      message: `${program.path} ends with exec "$@", which runs CMD: ${found.reason.message}`,
    },
    ...(found.program ? checkProgram(view, next, found.program, user, depth + 1) : []),
  ];
}

export function checkProgram(
  view: ImageView,
  launch: Launch,
  program: Program,
  user: RunUser,
  depth = 0,
): Reason[] {
  const npm = checkNpmScript(view, launch, program, user, depth);
  if (npm) return npm;
  const wrapped = depth < 3 ? unwrap(launch, program) : null;
  if (wrapped) {
    const found = checkCommand(view, wrapped.launch);
    const message = `${code(wrapped.name)} starts the command after its own arguments: ${found.reason.message}`;
    const missing = !found.reason.ok && !found.reason.runtimeError?.includes("permission denied");
    const busybox = view.base?.os.distro === "alpine" || view.base?.os.distro === "busybox";
    const word = wrapped.launch.words[0] ?? "";
    return [
      {
        ...found.reason,
        message,
        ...(missing ? { runtimeError: wrapperError(wrapped.name, word, busybox) } : {}),
      },
      ...(found.program ? checkProgram(view, wrapped.launch, found.program, user, depth + 1) : []),
    ];
  }
  const reasons: Reason[] = [];
  const accesses: Access[] = [{ node: program.lookup.node, by: "exec", word: program.word }];
  const elf = factOf(program, "elf");
  if (elf) reasons.push(...checkLibc(view, launch, program, elf));
  const script = factOf(program, "script") ?? scriptFromContent(program.lookup.node);
  if (script) {
    const run = checkScript(view, launch, program, script);
    reasons.push(...run.reasons);
    if (run.interpreter) reasons.push(...checkPythonScript(view, launch, run.interpreter, user));
    const handedOn = run.interpreter ? handOn(view, launch, program, user, depth) : null;
    if (handedOn) return [...reasons, ...checkPermissions(view, user, accesses), ...handedOn];
  } else if (!elf) {
    const checked = checkInterpreted(view, launch, program, user);
    reasons.push(...checked.reasons);
    accesses.push(...checked.reads.map((node) => ({ node, by: checked.by, word: program.word })));
  }
  return [...reasons, ...checkPermissions(view, user, accesses)];
}
