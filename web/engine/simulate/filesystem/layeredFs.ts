// The merged view of a stage's layers. A Map from path to the visible node: applying a layer adds or
// replaces its nodes and removes whiteouts with everything under them. Layers themselves are never
// changed, so bytes a later layer hides are still billed (Layer.sizeBytes).
import type { FsReader } from "../run/types";
import type { FileNode, Layer } from "../types";
import { dirname, isWithin } from "./paths";

export interface LayeredFs {
  nodes: Map<string, FileNode>;
  /** Each directory's children, made on the second query (see childIndex). */
  index?: ChildIndex;
  /** Queried once already, without an index. */
  scanned?: boolean;
}

export function emptyFs(): LayeredFs {
  return { nodes: new Map() };
}

/** A copy that later layers can change without touching `fs` (FROM <stage> starts from one). */
export function forkFs(fs: LayeredFs): LayeredFs {
  return { nodes: new Map(fs.nodes) };
}

export function applyLayer(fs: LayeredFs, layer: Layer): void {
  for (const path of layer.deleted) removeTree(fs, path);
  const index = fs.index;
  for (const nodes of [layer.modified, layer.added]) {
    for (const node of nodes) {
      fs.nodes.set(node.path, node);
      if (index) addPath(index, node.path);
    }
  }
}

// Which paths lie directly under each directory (directories only implied by a deeper path
// included), so a walk or a whiteout visits only its own subtree: scanning every visible path for
// each made a long stage quadratic. Built on first use (a LayeredFs may be made as `{ nodes }`),
// then kept up to date by applyLayer; the nodes change only through it.
type ChildIndex = Map<string, Set<string>>;

// Most stages are walked once or never: the first query scans, the second builds the index
// (building it costs a few scans).
function childIndex(fs: LayeredFs): ChildIndex | null {
  let index = fs.index;
  if (!index) {
    if (!fs.scanned) {
      fs.scanned = true;
      return null;
    }
    index = new Map();
    for (const path of fs.nodes.keys()) addPath(index, path);
    fs.index = index;
  }
  return index;
}

function addPath(index: ChildIndex, path: string): void {
  for (let at = path; at !== "/"; at = dirname(at)) {
    const parent = dirname(at);
    let children = index.get(parent);
    if (!children) index.set(parent, (children = new Set()));
    if (children.has(at)) return;
    children.add(at);
  }
}

/** Every indexed path strictly under `dir`, in no particular order. */
function pathsUnder(index: ChildIndex, dir: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const children = index.get(pending.pop() as string);
    if (!children) continue;
    for (const child of children) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}

function removeTree(fs: LayeredFs, path: string): void {
  fs.nodes.delete(path);
  const index = isClean(path) ? childIndex(fs) : null;
  if (!index) {
    // Unindexed, or a path that is not normalised (whiteouts are): a scan, as it always was. The
    // index may then list paths that are gone, which its readers skip.
    const prefix = path === "/" ? "/" : path + "/";
    for (const key of fs.nodes.keys()) if (key.startsWith(prefix)) fs.nodes.delete(key);
    return;
  }
  for (const below of pathsUnder(index, path)) {
    fs.nodes.delete(below);
    index.delete(below);
  }
  index.delete(path);
  if (path !== "/") index.get(dirname(path))?.delete(path);
}

const byPath = (a: FileNode, b: FileNode) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every visible node under `dir` (not `dir` itself), sorted by path. */
export function walkFs(fs: LayeredFs, dir: string): FileNode[] {
  const index = isClean(dir) ? childIndex(fs) : null;
  if (!index) return scanUnder(fs, dir);
  return nodesAt(fs, pathsUnder(index, dir)).sort(byPath);
}

/** The visible nodes directly under `dir`, sorted by path. */
function childrenOf(fs: LayeredFs, dir: string): FileNode[] {
  const index = isClean(dir) ? childIndex(fs) : null;
  if (!index) {
    const skip = dir === "/" ? 1 : dir.length + 1;
    return scanUnder(fs, dir).filter((node) => !node.path.slice(skip).includes("/"));
  }
  return nodesAt(fs, [...(index.get(dir) ?? [])]).sort(byPath);
}

/** A normalised absolute path, the only kind the index knows. */
function isClean(dir: string): boolean {
  return dir === "/" || (dir.startsWith("/") && !dir.endsWith("/"));
}

/** A walk by scanning every path (what an unnormalised path such as "" or "/app/" always got). */
function scanUnder(fs: LayeredFs, dir: string): FileNode[] {
  const result: FileNode[] = [];
  for (const node of fs.nodes.values()) if (node.path !== dir && isWithin(node.path, dir)) result.push(node);
  return result.sort(byPath);
}

function nodesAt(fs: LayeredFs, paths: readonly string[]): FileNode[] {
  const result: FileNode[] = [];
  for (const path of paths) {
    const node = fs.nodes.get(path);
    if (node) result.push(node);
  }
  return result;
}

/** Every visible node, sorted by path. */
export function visibleFiles(fs: LayeredFs): FileNode[] {
  return [...fs.nodes.values()].sort(byPath);
}

/**
 * `visibleFiles(fs)` for a filesystem forked from one whose visible nodes were `below` (sorted) and
 * changed since only by `layers`: the unchanged part of `below` merged with the paths the layers put,
 * instead of sorting every path again (a FROM <stage> chain sorted its whole tree per stage).
 */
export function visibleFilesOver(
  fs: LayeredFs,
  below: readonly FileNode[],
  layers: readonly Layer[],
): FileNode[] {
  const put = new Set<string>();
  const changed: FileNode[] = [];
  for (const layer of layers) {
    for (const nodes of [layer.modified, layer.added]) {
      for (const node of nodes) {
        if (put.has(node.path)) continue;
        put.add(node.path);
        const visible = fs.nodes.get(node.path);
        if (visible) changed.push(visible);
      }
    }
  }
  changed.sort(byPath);
  const result: FileNode[] = [];
  let next = 0;
  for (const node of below) {
    if (put.has(node.path) || fs.nodes.get(node.path) !== node) continue;
    while (next < changed.length && (changed[next] as FileNode).path < node.path) {
      result.push(changed[next++] as FileNode);
    }
    result.push(node);
  }
  while (next < changed.length) result.push(changed[next++] as FileNode);
  return result;
}

/** The read-only view the RUN interpreter gets. */
export function fsReader(fs: LayeredFs): FsReader {
  return new LayeredFsReader(fs);
}

// A class rather than an object of closures: one is made per RUN.
class LayeredFsReader implements FsReader {
  constructor(private readonly fs: LayeredFs) {}

  stat(path: string): FileNode | undefined {
    return this.fs.nodes.get(path);
  }

  list(dir: string): FileNode[] {
    return childrenOf(this.fs, dir);
  }

  walk(dir: string): FileNode[] {
    return walkFs(this.fs, dir);
  }

  readText(path: string): string | undefined {
    return this.fs.nodes.get(path)?.content;
  }
}
