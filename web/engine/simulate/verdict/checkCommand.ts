// The program must resolve as runc resolves it: a path must exist, a bare name is searched on PATH
// (exec.LookPath), and what is found must be a file with an execute bit.
import { isExecutable, searchPath, which, type ImageView, type Lookup } from "./imageView";
import type { Launch } from "./launch";
import { isGuessed } from "./impliedFiles";
import { fileElsewhere, madeBy } from "./otherStages";
import { basename, dirname, joinPath, normalizePath } from "./paths";
import { code, failed, imageName, passed, type Reason } from "./reason";

export interface Program {
  /** As written in the command. */
  word: string;
  /** Where it was found, before following symlinks: the path the kernel is handed. */
  path: string;
  lookup: Extract<Lookup, { found: true }>;
  line: number | null;
}

const RUNTIMES: Record<string, string> = {
  python: "Python",
  python3: "Python",
  node: "Node.js",
  nodejs: "Node.js",
  java: "Java",
};

/** Programs that, started alone, only open a prompt: the default CMD of many base images. */
const PROMPTS = new Set(["sh", "bash", "ash", "python", "python3", "node", "jshell"]);

/** The error the shell or runc prints when the program cannot be run. */
/** What a script's `exec "$@"` prints when it cannot run the word, in dash's, bash's or busybox's words. */
function execError(
  shell: { program: string; kind: string | null; execLine: number },
  word: string,
  problem: "missing" | "denied",
): string {
  const what = problem === "missing" ? "not found" : "Permission denied";
  const { program, kind, execLine } = shell;
  if (kind === "bash")
    return `${program}: line ${execLine}: exec: ${word}: ${problem === "missing" ? "not found" : "cannot execute: Permission denied"}`;
  if (kind === "dash") return `${program}: ${execLine}: exec: ${word}: ${what}`;
  return `${program}: exec: line ${execLine}: ${word}: ${what}`;
}

function runtimeError(launch: Launch, word: string, problem: "missing" | "denied", path: string): string {
  const execLine = launch.shell?.execLine;
  if (launch.shell && execLine !== undefined) return execError({ ...launch.shell, execLine }, word, problem);
  if (launch.shell?.kind === "bash") {
    const what =
      problem === "missing"
        ? word.includes("/")
          ? "No such file or directory"
          : "command not found"
        : "Permission denied";
    return `${launch.shell.program}: line 1: ${word}: ${what}`;
  }
  if (launch.shell) {
    const prefix = launch.shell.kind === "dash" ? `${launch.shell.program}: 1:` : `${launch.shell.program}:`;
    return `${prefix} ${word}: ${problem === "missing" ? "not found" : "Permission denied"}`;
  }
  if (problem === "denied") return `exec: "${word}": permission denied`;
  return word.includes("/")
    ? `exec: "${word}": stat ${path}: no such file or directory`
    : `exec: "${word}": executable file not found in $PATH`;
}

function danglingLink(view: ImageView, path: string): { message: string; fix: string } | null {
  const link = view.stat(path);
  if (link?.type !== "symlink") return null;
  return {
    message: `${path} is a link to ${link.target}, which is not in this image${path.includes("/bin/python") ? ": a venv's python points at the interpreter of the image it was made in (pyvenv.cfg's home)" : ""}.`,
    fix: `Make the link's target exist: for a venv, use the same Python image (same version, same path) in the build stage and the final stage.`,
  };
}

function notFoundHint(view: ImageView, word: string, path: string): { message: string; fix: string } {
  const name = basename(word);
  const dangling = word.includes("/") ? danglingLink(view, path) : null;
  if (dangling) return dangling;
  const onPath = searchPath(view)
    .map((dir) => normalizePath(`${dir}/${name}`, view.workdir))
    .map((candidate) => danglingLink(view, candidate))
    .find((hint) => hint !== null);
  if (onPath && !word.includes("/")) return onPath;
  const here = view.named(name).find((node) => node.type !== "dir");
  const pathDirs = searchPath(view).map((dir) => normalizePath(dir, view.workdir));
  if (here && !word.includes("/") && pathDirs.includes(dirname(here.path))) {
    // It is on PATH, so what is missing is the execute bit (or the file is not what it seems).
    return {
      message: `There is ${here.path}, in a directory on PATH, but it is not an executable file.`,
      fix: `Make it executable where it is made (${code("COPY --chmod=755 …")} or ${code(`RUN chmod +x ${here.path}`)}).`,
    };
  }
  if (here && !word.includes("/")) {
    return {
      message: `There is ${here.path}, but ${dirname(here.path)} is not on PATH (${searchPath(view).join(":")}).`,
      fix: `Use its full path (${code(here.path)}) or put its directory first on PATH: ${code(`ENV PATH="${dirname(here.path)}:$PATH"`)}.`,
    };
  }
  const runtime = RUNTIMES[name];
  if (runtime) {
    return {
      message: `${imageName(view)} has no ${runtime} runtime.`,
      fix:
        name === "java"
          ? `Run the jar on an image with a Java runtime, e.g. ${code("FROM eclipse-temurin:21-jre")} or ${code("FROM gcr.io/distroless/java21-debian12")}.`
          : `Start the final stage from an image that has ${runtime}, or install it in this stage.`,
    };
  }
  const there = fileElsewhere(view, name);
  if (there) {
    return {
      message: `It exists in another stage at ${there.node.path}, made by ${madeBy(there.stage, there.node)}, but nothing copies it into this image.`,
      fix: `Copy it (or the directory it belongs to, such as a whole venv) with ${code(`COPY --from=<stage> ${there.node.path} ${there.node.path}`)}.`,
    };
  }
  if (view.resolution?.unknown) {
    return {
      message: `It may well be in ${imageName(view)}: Stageplay does not know what that image holds.`,
      fix: `Install it in this stage, copy it from the stage that built it, or fix the name.`,
    };
  }
  return {
    message: `Nothing in ${imageName(view)} or in the steps of this stage provides it.`,
    fix: `Install it in this stage, copy it from the stage that built it, or fix the name.`,
  };
}

/** Where runc finds the program: a path against WORKDIR, a bare name on PATH. */
function locate(view: ImageView, word: string): { at: string; lookup: Lookup } {
  if (word.includes("/")) {
    const at = normalizePath(word, view.workdir);
    return { at, lookup: view.resolve(at) };
  }
  const hit = which(view, word);
  return hit ? { at: hit.path, lookup: hit.lookup } : { at: word, lookup: { found: false, path: word } };
}

export function checkCommand(view: ImageView, launch: Launch): { reason: Reason; program: Program | null } {
  const word = launch.words[0] ?? "";
  const line = launch.lines[0] ?? null;
  const { at, lookup: found } = locate(view, word);
  const path = at;
  if (!found.found) {
    const hint = notFoundHint(view, word, path);
    // With an unknown image or a step Stageplay cannot follow, absence is only what its model shows.
    const unsure = view.resolution?.unknown === true || view.unknownLayers.length > 0;
    const what = word.includes("/")
      ? unsure
        ? `Stageplay does not see ${path} in the image`
        : `${path} does not exist in the image`
      : unsure
        ? `Stageplay does not find ${code(word)} on PATH`
        : `${code(word)} is not on PATH`;
    // Where the program would have to be: only a step that may write there can cast doubt.
    const paths = word.includes("/")
      ? [path]
      : searchPath(view).map((dir) => joinPath(normalizePath(dir, view.workdir), word));
    return {
      reason: {
        ...failed(
          basename(word) === "java" ? "java" : "command",
          `The container starts ${code(word)}, but ${what}. ${hint.message}`,
          {
            runtimeError: runtimeError(launch, word, "missing", path),
            line,
            fix: hint.fix,
          },
        ),
        paths,
      },
      program: null,
    };
  }
  if (!isExecutable(found.node)) {
    const what =
      found.node.type === "dir" ? "is a directory, not a program" : "is a file without an execute bit";
    // Copied from a build context Stageplay was not given, or from a stage or image it cannot see
    // into: the file's type and mode are guesses.
    const guessedFile = found.node.estimated === true && found.node.origin.kind !== "base";
    const copied = found.node.copiedFrom;
    const from = !copied
      ? "the build context, which Stageplay was not given"
      : typeof copied.from === "number"
        ? `another stage by line ${copied.line}, where Stageplay cannot see what ${copied.path} is`
        : `${copied.from} by line ${copied.line}, an image Stageplay cannot see into`;
    const reason = failed(
      "command",
      guessedFile
        ? `The container starts ${code(word)}, copied from ${from}: it cannot tell whether ${found.path} is an executable file.`
        : `The container starts ${code(word)}, but ${found.path} ${what}.`,
      {
        runtimeError: runtimeError(launch, word, "denied", path),
        line,
        fix:
          found.node.type === "dir" && !guessedFile
            ? `Name the program inside it, e.g. ${code(`${found.path}/<program>`)}.`
            : `Make it executable where it is made (${code(`COPY --chmod=755 …`)} or ${code(`RUN chmod +x ${found.path}`)}).`,
      },
    );
    return { reason: guessedFile ? { ...reason, doubtful: true } : reason, program: null };
  }
  const shown = at === found.path ? at : `${at} (→ ${found.path})`;
  const guessed = isGuessed(found.node);
  const guess = guessed
    ? ` Stageplay assumes pip wrote that script for the ${basename(at)} package; its catalog does not list the package's scripts.`
    : "";
  const prompt =
    line === null && launch.words.length === 1 && PROMPTS.has(basename(word))
      ? ` That is the base image's default, an interactive prompt: it exits at once unless run with ${code("docker run -it")}. Set CMD to start your application.`
      : "";
  return {
    reason: {
      ...passed(
        "command",
        `The container starts ${code(word)}${line === null ? " (from the base image's config)" : ""}, found at ${shown}.${guess}${prompt}`,
        line,
      ),
      ...(found.assumed || guessed ? { doubtful: true } : {}),
    },
    program: { word, path: at, lookup: found, line },
  };
}
