// The contract between the simulator's core (which owns the filesystem and the layers) and the
// RUN interpreter (which knows what shell commands do). Data only, no classes.
import type { Diagnostic, Range } from "../../diagnostics/types";
import type { StageIndex } from "../../stages/types";
import type { BaseImage } from "../catalog/types";
import type { EffectKnowledge, FileNode } from "../types";

/** Read access to a stage's filesystem as it is before the RUN. */
export interface FsReader {
  /** The visible node at an absolute path, following no symlinks. */
  stat(path: string): FileNode | undefined;
  /** The visible direct children of a directory, sorted by path. */
  list(dir: string): FileNode[];
  /** Every visible node under `dir` (not `dir` itself), sorted by path. */
  walk(dir: string): FileNode[];
  /** A file's text when the simulator has it (context files, heredocs, files a step wrote). */
  readText(path: string): string | undefined;
}

export interface RunMount {
  type: "bind" | "cache" | "tmpfs" | "secret" | "ssh";
  /** Where it is mounted inside the RUN. */
  target: string;
  /** bind/cache `from=`: a stage index or an image; null for the build context or a fresh cache. */
  from: StageIndex | string | null;
  source: string | null;
  readOnly: boolean;
  /**
   * What a bind mount shows, as nodes at their paths inside the RUN (under `target`), when the core
   * has them (context files with their text). Without them the target exists with unknown contents.
   */
  files?: readonly FileNode[];
}

export interface RunContext {
  fs: FsReader;
  /** The environment the command sees: ENV of the stage chain, ARGs in scope, the base image's ENV. */
  env: Readonly<Record<string, string>>;
  workdir: string;
  /** USER in effect ("" = root). */
  user: string;
  /** The SHELL in effect, ["/bin/sh", "-c"] by default. */
  shell: readonly string[];
  /** The catalog entry at the root of the stage's FROM chain (libc, package manager, runtimes); null for scratch. */
  base: BaseImage | null;
  stage: StageIndex;
  line: number;
  /**
   * Where earlier steps may have put files the simulator does not list (their `Layer.unknownUnder`):
   * a path under one of these may exist even when `fs` does not have it, so its absence is unknown.
   */
  unknownRoots?: readonly string[];
  /** `--mount`s of this RUN: writes under a cache/tmpfs/secret target never reach the layer. */
  mounts: readonly RunMount[];
  /**
   * The instruction's heredoc bodies in marker order, for a shell-form command given without them
   * (the parser's `Instruction.text` holds only the first line). A command text that already holds
   * the bodies after its first line does not need this.
   */
  heredocs?: readonly RunHeredoc[];
  /** The instruction's range, for diagnostics; a range over `line` when absent. */
  range?: Range;
}

/** A heredoc body as the parser returns it (`Heredoc` in parse/types.ts, minus its range). */
export interface RunHeredoc {
  name: string;
  /** The body, each line ending in "\n", without the terminator line. */
  content: string;
  /** False when the delimiter was quoted: `$VAR` in the body stays as written. */
  expand: boolean;
}

/** One change to the filesystem, applied in order. */
export type FsChange =
  | { op: "add"; node: FileNode }
  /** Replaces a visible node (a content or metadata change copies the whole file up into the layer). */
  | { op: "modify"; node: FileNode }
  | { op: "delete"; path: string };

/** What one shell command (one element of `a && b; c | d`) was understood as. */
export interface RunCommand {
  /** The command as written, e.g. `pip install -r requirements.txt`. */
  text: string;
  /** The program name, e.g. `pip`. */
  program: string;
  known: boolean;
  /** What the simulator did, e.g. "installed flask 3.0 and 6 dependencies into /usr/local/lib/python3.12/site-packages". */
  note: string;
}

export interface RunEffect {
  /**
   * The net changes of the whole RUN: a file created and deleted within the same RUN is absent; a
   * file of a lower layer deleted here is a `delete` (a whiteout, which saves nothing).
   */
  changes: FsChange[];
  knowledge: EffectKnowledge;
  /** Some command's effect on the filesystem is unknown: it may have written anywhere. */
  unknownWrites?: boolean;
  commands: RunCommand[];
  /** Estimated wall time in milliseconds, and why (e.g. "apt-get update + install of 25 packages"). */
  durationMs: number;
  durationNote: string;
  /** Info for each unknown command; errors where the build would fail (a missing requirements file). */
  diagnostics: Diagnostic[];
  /**
   * Set when the build would stop at this RUN (a command known to fail, with nothing to catch it):
   * the command and the error it prints. `changes` then hold what ran before it, for the explorer.
   */
  failed?: { command: string; message: string };
}
