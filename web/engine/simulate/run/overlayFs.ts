// A private copy-on-write view over the stage's filesystem for the duration of one RUN. Commands
// write here; at the end, `netChanges` compares the overlay with the filesystem below, so a file
// created and deleted within the RUN leaves nothing, and a lower file deleted here is a whiteout.
import type { FileNode } from "../types";
import type { FsChange, FsReader } from "./types";
import { dirname, isWithin as isUnder, normalizePath as resolvePath } from "../filesystem/paths";

const DELETED = null;

// The simulator's one implementation of path arithmetic, under the names the RUN interpreter uses.
export { basename, dirname, isWithin as isUnder, normalizePath as resolvePath } from "../filesystem/paths";

const SYSTEM_DIRS = ["/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc", "/var"];
const APPLICATION_DIRS = ["/usr/src", "/usr/local/src"];

function isSystemPath(path: string): boolean {
  return SYSTEM_DIRS.some((dir) => isUnder(path, dir)) && !APPLICATION_DIRS.some((dir) => isUnder(path, dir));
}

export class OverlayFs {
  /** Paths written (a node) or deleted (null) during the RUN. */
  private readonly upper = new Map<string, FileNode | typeof DELETED>();
  /** Directories removed as a whole: everything below them in the lower filesystem is gone too. */
  private readonly removedTrees = new Set<string>();

  constructor(
    /** What the RUN's processes see below the overlay (stageView: mounts and standard directories). */
    private readonly lower: FsReader,
    /** The stage's filesystem itself, which the net changes are computed against. */
    private readonly stage: FsReader = lower,
  ) {}

  private lowerHidden(path: string): boolean {
    if (this.removedTrees.size === 0) return false;
    for (const dir of this.removedTrees) if (path !== dir && isUnder(path, dir)) return true;
    return false;
  }

  private lowerStat(path: string): FileNode | undefined {
    return this.lowerHidden(path) ? undefined : this.lower.stat(path);
  }

  stat(path: string): FileNode | undefined {
    if (this.upper.has(path)) return this.upper.get(path) ?? undefined;
    return this.lowerStat(path);
  }

  exists(path: string): boolean {
    return this.stat(path) !== undefined || path === "/";
  }

  /** The node at `path`, following symlinks (at most 16), or undefined. */
  resolve(path: string): FileNode | undefined {
    let current = path;
    for (let hops = 0; hops < 16; hops++) {
      const node = this.stat(current);
      if (!node || node.type !== "symlink" || node.target === undefined) return node;
      current = resolvePath(node.target, dirname(current));
    }
    return undefined;
  }

  readText(path: string): string | undefined {
    const node = this.stat(path);
    if (!node) return undefined;
    if (this.upper.has(path)) return node.content;
    return node.content ?? this.lower.readText(path);
  }

  /**
   * The nearest bulk ancestor of a path the filesystem does not model file by file: the path may
   * exist inside it. A base image's catch-all bulk node at "/" stands for its system files only, so
   * it covers /usr or /etc, not /app or /usr/src where a Dockerfile puts its own files.
   */
  bulkAncestor(path: string): FileNode | undefined {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const node = this.stat(dir);
      if (node?.bulk && (dir !== "/" || isSystemPath(path))) return node;
      if (dir === "/") return undefined;
    }
  }

  /** The path exists, or may: it lies inside a tree not modelled file by file (or a mount's unknown contents). */
  mayExist(path: string): boolean {
    return this.resolve(path) !== undefined || path === "/" || this.bulkAncestor(path) !== undefined;
  }

  /** Every visible node under `dir` (not `dir` itself), sorted by path. */
  walk(dir: string): FileNode[] {
    const found = new Map<string, FileNode>();
    if (!this.removedTrees.has(dir)) {
      for (const node of this.lower.walk(dir)) if (!this.lowerHidden(node.path)) found.set(node.path, node);
    }
    for (const [path, node] of this.upper) {
      if (path === dir || !isUnder(path, dir)) continue;
      if (node) found.set(path, node);
      else found.delete(path);
    }
    // A path deleted here hides what lies below it in the lower filesystem.
    for (const path of [...found.keys()])
      if (this.lowerHidden(path) && !this.upper.has(path)) found.delete(path);
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The visible direct children of a directory. */
  list(dir: string): FileNode[] {
    const prefix = dir === "/" ? "/" : `${dir}/`;
    return this.walk(dir).filter((node) => !node.path.slice(prefix.length).includes("/"));
  }

  /** Writes a node (add or replace). */
  write(node: FileNode): void {
    this.upper.set(node.path, node);
  }

  /** Deletes a path and everything under it. */
  remove(path: string): void {
    const node = this.stat(path);
    if (node?.type === "dir") {
      for (const child of this.walk(path)) this.upper.set(child.path, DELETED);
      this.removedTrees.add(path);
    }
    this.upper.set(path, DELETED);
  }

  /**
   * The net effect: deletions first (whiteouts of the stage's paths only), then adds and modifies
   * in path order, leaving out everything under a `--mount` target.
   */
  netChanges(mountTargets: readonly string[]): FsChange[] {
    if (this.upper.size === 0) return [];
    const skipped = (path: string) => mountTargets.some((target) => isUnder(path, target));
    const deletes: FsChange[] = [];
    const writes: FsChange[] = [];
    const paths = [...this.upper.keys()].sort();
    const whiteouts: string[] = [];
    for (const path of paths) {
      if (skipped(path)) continue;
      const node = this.upper.get(path);
      const below = this.stage.stat(path);
      if (node === DELETED || node === undefined) {
        // One whiteout for a deleted directory covers everything under it.
        if (!below || whiteouts.some((dir) => isUnder(path, dir))) continue;
        whiteouts.push(path);
        deletes.push({ op: "delete", path });
        continue;
      }
      const replaced = below !== undefined;
      if (node === below) continue;
      writes.push({ op: replaced ? "modify" : "add", node });
    }
    // A directory deleted and made again is a whiteout then an add, in that order.
    return [...deletes, ...writes];
  }
}
