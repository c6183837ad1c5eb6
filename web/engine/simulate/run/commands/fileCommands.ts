// rm, mkdir, cp, mv, ln, touch. Deleting a lower layer's file is a whiteout that saves nothing;
// the overlay's net changes make that come out right.
import type { FileNode } from "../../types";
import { DURATION } from "../estimateDuration";
import { basename, dirname } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { at, ensureDir, put } from "../writeNodes";
import { hasUnknownContents } from "../stageView";
import { mayBeThere } from "../weighMissing";
import { parseArgs } from "./parseArgs";

function mbOf(nodes: readonly FileNode[]): number {
  return nodes.reduce((sum, node) => sum + node.sizeBytes, 0) / 1e6;
}

function rm(call: Invocation): Outcome {
  const { state } = call;
  const { flags, operands } = parseArgs(call.args);
  const recursive = flags.has("r") || flags.has("R") || flags.has("--recursive");
  const force = flags.has("f") || flags.has("--force");
  const removed: string[] = [];
  let partial = false;
  for (const operand of operands) {
    const path = at(state, operand);
    const node = state.fs.stat(path);
    if (!node) {
      if (state.fs.bulkAncestor(path)) partial = true;
      else if (!force && !call.fields.some((field) => field.value === operand && field.glob)) {
        return {
          status: 1,
          note: `${path} does not exist`,
          error: `rm: cannot remove '${operand}': No such file or directory`,
          missing: path,
        };
      }
      continue;
    }
    // A node whose type is a guess (a file of a build context Stageplay was not given) may be a file.
    if (node.type === "dir" && !recursive && !node.estimated) {
      return {
        status: 1,
        note: `${path} is a directory`,
        error: `rm: cannot remove '${operand}': Is a directory`,
      };
    }
    state.fs.remove(path);
    removed.push(path);
  }
  const note = removed.length > 0 ? `removed ${removed.join(", ")}` : "removed nothing that exists";
  return ok(partial ? `${note}; paths inside a tree Stageplay models as one block are not tracked` : note, {
    partial,
    durationMs: DURATION.fileOp * Math.max(1, removed.length),
    durationNote: "rm",
  });
}

function mkdir(call: Invocation): Outcome {
  const { flags, operands } = parseArgs(call.args);
  // `mkdir -p $DIR` with DIR empty or unset: the shell passes no operand at all.
  if (operands.length === 0) return { status: 1, note: "missing operand", error: "mkdir: missing operand" };
  const made: string[] = [];
  for (const operand of operands) {
    if (/^[0-7]+$/.test(operand) && flags.has("m")) continue;
    const path = at(call.state, operand);
    if (call.state.fs.resolve(path)) {
      if (!flags.has("p"))
        return {
          status: 1,
          note: `${path} exists`,
          error: `mkdir: cannot create directory '${operand}': File exists`,
        };
      continue;
    }
    if (
      !flags.has("p") &&
      !call.state.fs.resolve(dirname(path)) &&
      !call.state.fs.bulkAncestor(path) &&
      !mayBeThere(call.state, dirname(path), call.env)
    ) {
      return {
        status: 1,
        note: `${dirname(path)} does not exist`,
        error: `mkdir: cannot create directory '${operand}': No such file or directory`,
        missing: dirname(path),
      };
    }
    ensureDir(call.state, path);
    made.push(path);
  }
  return ok(made.length > 0 ? `made ${made.join(", ")}` : "every directory already existed", {
    durationMs: DURATION.fileOp,
    durationNote: "mkdir",
  });
}

/** Copies `from` (and its subtree) to `to`, as nodes of this step that keep their facts and content. */
function copyTree(state: ShellState, from: FileNode, to: string, contentsOnly = false): FileNode[] {
  const copied: FileNode[] = [];
  const place = (node: FileNode, path: string) => {
    const { path: _old, origin: _origin, copiedFrom: _from, ...rest } = node;
    const copy: FileNode = {
      ...rest,
      path,
      origin: state.origin,
      uid: state.owner.uid,
      gid: state.owner.gid,
    };
    // cp merges a directory into one that exists; anything else is replaced.
    const existing = state.fs.stat(path);
    if (existing && !(existing.type === "dir" && node.type === "dir" && !node.bulk)) state.fs.remove(path);
    state.fs.write(copy);
    copied.push(copy);
  };
  ensureDir(state, contentsOnly ? to : dirname(to));
  if (!contentsOnly) place(from, to);
  if (from.type === "dir") {
    for (const child of state.fs.walk(from.path)) place(child, to + child.path.slice(from.path.length));
  }
  return copied;
}

function copyOrMove(call: Invocation, move: boolean): Outcome {
  const { state } = call;
  const { flags, operands } = parseArgs(call.args);
  if (operands.length < 2)
    return { status: 1, note: "missing operand", error: `${call.program}: missing file operand` };
  const destination = at(state, operands[operands.length - 1] as string);
  const sources = operands.slice(0, -1);
  const destinationNode = state.fs.resolve(destination);
  const intoDir = destinationNode?.type === "dir" || sources.length > 1;
  const copied: FileNode[] = [];
  let partial = false;
  for (const source of sources) {
    const from = at(state, source);
    const node = state.fs.stat(from);
    if (!node) {
      if (state.fs.bulkAncestor(from)) {
        partial = true;
        continue;
      }
      return {
        status: 1,
        note: `${from} does not exist`,
        error: `${call.program}: cannot stat '${source}': No such file or directory`,
        missing: from,
      };
    }
    if (
      node.type === "dir" &&
      !node.estimated &&
      !move &&
      !flags.has("r") &&
      !flags.has("R") &&
      !flags.has("a") &&
      !flags.has("--recursive")
    ) {
      return {
        status: 1,
        note: `${from} is a directory`,
        error: `cp: -r not specified; omitting directory '${source}'`,
      };
    }
    // A bind mount whose files the core did not give: what is copied, and its size, are unknown.
    if (hasUnknownContents(node)) partial = true;
    // `cp -r src/. dest` copies what src holds, not src itself.
    const contentsOnly = /\/\.\/?$/.test(source) && node.type === "dir";
    const into = destinationNode?.path ?? destination;
    const to = contentsOnly ? destination : intoDir ? `${into}/${basename(from)}` : destination;
    copied.push(...copyTree(state, node, to, contentsOnly));
    if (move) state.fs.remove(from);
  }
  const verb = move ? "moved" : "copied";
  return ok(
    `${verb} ${sources.join(", ")} to ${destination}${partial ? " (part of it not modelled file by file, so its size is unknown)" : ""}`,
    {
      partial,
      durationMs: DURATION.fileOp + (move ? 0 : mbOf(copied) * DURATION.perMBCopied),
      durationNote: call.program,
    },
  );
}

function ln(call: Invocation): Outcome {
  const { flags, operands } = parseArgs(call.args);
  const [target, link] = operands;
  if (target === undefined) return { status: 1, note: "missing operand", error: "ln: missing file operand" };
  let path = at(call.state, link ?? basename(target));
  if (call.state.fs.resolve(path)?.type === "dir" && !flags.has("n") && !flags.has("T"))
    path = `${path}/${basename(target)}`;
  if (call.state.fs.stat(path) && !flags.has("f"))
    return {
      status: 1,
      note: `${path} exists`,
      error: `ln: failed to create symbolic link '${link}': File exists`,
    };
  if (flags.has("s")) {
    put(call.state, path, { type: "symlink", target });
    return ok(`linked ${path} → ${target}`);
  }
  const source = call.state.fs.stat(at(call.state, target));
  if (!source)
    return {
      status: 1,
      note: `${target} does not exist`,
      error: `ln: failed to access '${target}': No such file or directory`,
      missing: at(call.state, target),
    };
  copyTree(call.state, source, path);
  return ok(`hard-linked ${path} to ${target}`);
}

function rmdir(call: Invocation): Outcome {
  const { operands } = parseArgs(call.args);
  for (const operand of operands) {
    const path = at(call.state, operand);
    if (call.state.fs.list(path).length > 0) {
      return {
        status: 1,
        note: `${path} is not empty`,
        error: `rmdir: failed to remove '${operand}': Directory not empty`,
      };
    }
    call.state.fs.remove(path);
  }
  return ok(`removed ${operands.join(", ")}`);
}

function touch(call: Invocation): Outcome {
  const { operands } = parseArgs(call.args);
  for (const operand of operands) {
    const path = at(call.state, operand);
    const node = call.state.fs.stat(path);
    if (node) call.state.fs.write({ ...node, origin: call.state.origin });
    else put(call.state, path, { content: "" });
  }
  return ok(`touched ${operands.join(", ")}`);
}

/** GNU install: `install -d DIR…` makes directories, `install -m 755 SRC… DEST` copies with a mode. */
function install(call: Invocation): Outcome {
  const mode = call.args.includes("-m") ? call.args[call.args.indexOf("-m") + 1] : undefined;
  const rest = call.args.filter(
    (arg, i) =>
      !["-m", "-o", "-g", "-t"].includes(call.args[i - 1] ?? "") && !["-m", "-o", "-g"].includes(arg),
  );
  if (rest.includes("-d")) return mkdir({ ...call, args: ["-p", ...rest.filter((arg) => arg !== "-d")] });
  const copied = copyOrMove({ ...call, args: rest.filter((arg) => !arg.startsWith("-")) }, false);
  if (copied.status !== 0 || !mode || !/^[0-7]{3,4}$/.test(mode)) return copied;
  const operands = rest.filter((arg) => !arg.startsWith("-"));
  const destination = at(call.state, operands[operands.length - 1] ?? ".");
  const targets =
    call.state.fs.stat(destination)?.type === "dir" && operands.length > 1
      ? operands.slice(0, -1).map((source) => `${destination}/${basename(source)}`)
      : [destination];
  for (const path of targets) {
    const node = call.state.fs.stat(path);
    if (node) call.state.fs.write({ ...node, mode: parseInt(mode, 8) });
  }
  return copied;
}

export const FILE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  rm,
  mkdir,
  cp: (call) => copyOrMove(call, false),
  mv: (call) => copyOrMove(call, true),
  ln,
  touch,
  rmdir,
  install,
};
