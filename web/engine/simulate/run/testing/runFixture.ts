// Test helpers: a small in-memory FsReader (the simulator core's filesystem honours the same
// contract) and a RunContext on a catalog base image, so tests read as the Dockerfile would.
import { BASE_IMAGES } from "../../catalog";
import type { FileFact, FileNode } from "../../types";
import type { StageIndex } from "../../../stages/types";
import { dirname } from "../overlayFs";
import type { FsChange, FsReader, RunContext, RunEffect, RunMount } from "../types";
import { simulateRun } from "../simulateRun";

export interface FixtureFile {
  path: string;
  content?: string;
  sizeBytes?: number;
  type?: FileNode["type"];
  facts?: FileFact[];
  bulk?: boolean;
  target?: string;
  mode?: number;
}

/** An FsReader over the given files; their parent directories exist too. */
export function memoryFs(files: readonly FixtureFile[]): FsReader {
  const nodes = new Map<string, FileNode>();
  const addDir = (path: string) => {
    if (nodes.has(path)) return;
    if (path !== "/") addDir(dirname(path));
    nodes.set(path, {
      path,
      type: "dir",
      sizeBytes: 0,
      bulk: false,
      mode: 0o755,
      uid: 0,
      gid: 0,
      origin: { kind: "base", imageId: "test" },
      facts: [],
    });
  };
  for (const file of files) {
    addDir(dirname(file.path));
    const type = file.type ?? "file";
    nodes.set(file.path, {
      path: file.path,
      type,
      sizeBytes: file.sizeBytes ?? file.content?.length ?? 0,
      bulk: file.bulk ?? false,
      mode: file.mode ?? (type === "dir" ? 0o755 : 0o644),
      uid: 0,
      gid: 0,
      origin: { kind: "context", path: file.path },
      facts: file.facts ?? [],
      ...(file.content !== undefined ? { content: file.content } : {}),
      ...(file.target !== undefined ? { target: file.target } : {}),
    });
  }
  const sorted = () => [...nodes.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  const under = (dir: string) => (node: FileNode) =>
    node.path !== dir && (dir === "/" || node.path.startsWith(`${dir}/`));
  return {
    stat: (path) => nodes.get(path),
    walk: (dir) => sorted().filter(under(dir)),
    list: (dir) => sorted().filter((node) => under(dir)(node) && dirname(node.path) === dir),
    readText: (path) => nodes.get(path)?.content,
  };
}

export interface FixtureOptions {
  base?: string | null;
  files?: FixtureFile[];
  env?: Record<string, string>;
  workdir?: string;
  user?: string;
  mounts?: RunMount[];
  shell?: string[];
}

export function runContext(options: FixtureOptions = {}): RunContext {
  const baseId = options.base === undefined ? "python:3.12-slim-bookworm" : options.base;
  const base = baseId === null ? null : BASE_IMAGES.find((image) => image.id === baseId);
  if (base === undefined) throw new Error(`no catalog image ${String(baseId)}`);
  return {
    fs: memoryFs(options.files ?? []),
    env: { ...(base?.config.env ?? {}), ...options.env },
    workdir: options.workdir ?? "/app",
    user: options.user ?? "",
    shell: options.shell ?? ["/bin/sh", "-c"],
    base,
    stage: 0 as StageIndex,
    line: 3,
    mounts: options.mounts ?? [],
  };
}

/** Runs a command on a fixture. */
export function run(command: string | string[], options: FixtureOptions = {}): RunEffect {
  return simulateRun(command, runContext(options));
}

/** The node a change adds or modifies at `path`. */
export function changed(effect: RunEffect, path: string): FileNode | undefined {
  for (const change of effect.changes)
    if (change.op !== "delete" && change.node.path === path) return change.node;
  return undefined;
}

export function paths(changes: readonly FsChange[]): string[] {
  return changes.map((change) => `${change.op} ${change.op === "delete" ? change.path : change.node.path}`);
}

export function factOf<K extends FileFact["kind"]>(
  node: FileNode | undefined,
  kind: K,
): Extract<FileFact, { kind: K }> | undefined {
  return node?.facts.find((fact): fact is Extract<FileFact, { kind: K }> => fact.kind === kind);
}
