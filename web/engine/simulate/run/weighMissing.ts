// A command that fails because a path is not there fails for certain only when nothing could have
// put it there. After a step whose effect Stageplay cannot follow (an unknown tool, `make`, an
// archive it cannot open, a COPY from a context it was not given), the path may well exist: the
// command's outcome is then unknown, never a build failure the real build would not have.
import type { Outcome, ShellState } from "./runState";
import type { FileNode } from "../types";
import { underUnknownRoot } from "../unknownRoots";
import { hasUnknownContents } from "./stageView";
import { at } from "./writeNodes";

function unknownTree(node: FileNode | undefined): boolean {
  return node !== undefined && (node.estimated === true || hasUnknownContents(node));
}

/** Whether `path` (a bare name: any PATH directory) may exist though the simulator does not have it. */
export function mayBeThere(state: ShellState, path: string, env: Readonly<Record<string, string>>): boolean {
  if (state.run.unknownWrites) return true;
  const roots = state.ctx.unknownRoots ?? [];
  const candidates = path.includes("/")
    ? [at(state, path)]
    : (env.PATH ?? "")
        .split(":")
        .filter((dir) => dir.startsWith("/"))
        .map((dir) => `${dir === "/" ? "" : dir}/${path}`);
  return candidates.some(
    (candidate) =>
      underUnknownRoot(roots, candidate) ||
      state.fs.stat(candidate)?.estimated === true ||
      // An ancestor whose type or contents are a guess (a directory copied from an unknown context,
      // a bind mount of something Stageplay was not given).
      unknownTree(state.fs.bulkAncestor(candidate)),
  );
}

/** Commands that only read: when what they read may exist, they still wrote nothing. */
const READERS = new Set([
  "cat",
  "head",
  "tail",
  "ls",
  "stat",
  "test",
  "[",
  "grep",
  "wc",
  "file",
  "readlink",
  "realpath",
  "sha256sum",
  "sha512sum",
  "md5sum",
  "diff",
  "cmp",
  "cd",
]);

/** The outcome itself, or, when the path it misses may exist after all, an outcome of unknown effect. */
export function weighMissing(
  outcome: Outcome,
  state: ShellState,
  env: Readonly<Record<string, string>>,
  program = "",
): Outcome {
  const { missing } = outcome;
  if (missing === undefined || outcome.status === null || outcome.status === 0) return outcome;
  if (!mayBeThere(state, missing, env)) return outcome;
  return {
    status: null,
    known: true,
    partial: true,
    // Had the path been there, a writer (cp, mv, go build, pip …) would have made files.
    ...(READERS.has(program) ? {} : { writesUnknown: true }),
    note: `${outcome.note}, unless an earlier step Stageplay cannot follow made ${missing}: it cannot tell`,
    ...(outcome.durationMs ? { durationMs: outcome.durationMs } : {}),
    ...(outcome.durationNote ? { durationNote: outcome.durationNote } : {}),
  };
}
