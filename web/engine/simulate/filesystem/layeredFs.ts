// The merged view of a stage's layers. A Map from path to the visible node: applying a layer adds or
// replaces its nodes and removes whiteouts with everything under them. Layers themselves are never
// changed, so bytes a later layer hides are still billed (Layer.sizeBytes).
import type { FsReader } from "../run/types";
import type { FileNode, Layer } from "../types";
import { DirIndex } from "./dirIndex";
import { NodeMap } from "./nodeMap";
import { isWithin } from "./paths";

export interface LayeredFs {
  nodes: NodeMap;
  /**
   * Each directory's children, made on the second query (most stages are walked once or never; the
   * first query scans) or when the filesystem is forked, then kept up to date by applyLayer: the
   * nodes change only through it.
   */
  index?: DirIndex;
  /** Queried once already, without an index. */
  scanned?: boolean;
}

export function emptyFs(): LayeredFs {
  return { nodes: NodeMap.empty() };
}

/** A filesystem holding `nodes`, as they are. */
export function fsOf(nodes: readonly [string, FileNode][]): LayeredFs {
  return { nodes: NodeMap.of(nodes) };
}

/**
 * A filesystem that starts as `fs` and that later layers can change without touching it (FROM
 * <stage> starts from one). It shares `fs`'s nodes and index, so `fs` must not change afterwards.
 * A chain of forks indexes its first filesystem once and then only what each stage adds.
 */
export function forkFs(fs: LayeredFs): LayeredFs {
  const nodes = fs.nodes.fork();
  return { nodes, index: indexOf(fs).fork(() => nodes.keys()) };
}

function indexOf(fs: LayeredFs): DirIndex {
  return (fs.index ??= DirIndex.of(fs.nodes.keys()));
}

/** The index when it is worth having: on the second query, or already made. */
function queryIndex(fs: LayeredFs): DirIndex | null {
  if (fs.index) return fs.index;
  if (!fs.scanned) {
    fs.scanned = true;
    return null;
  }
  return indexOf(fs);
}

export function applyLayer(fs: LayeredFs, layer: Layer): void {
  for (const path of layer.deleted) removeTree(fs, path);
  const index = fs.index;
  for (const nodes of [layer.modified, layer.added]) {
    for (const node of nodes) {
      fs.nodes.set(node.path, node);
      if (index) index.add(node.path);
    }
  }
}

function removeTree(fs: LayeredFs, path: string): void {
  fs.nodes.delete(path);
  if (!isClean(path)) {
    // A path that is not normalised (whiteouts are): a scan, as it always was. The index may then
    // list paths that are gone, which its readers skip.
    const prefix = path === "/" ? "/" : path + "/";
    for (const key of [...fs.nodes.keys()]) if (key.startsWith(prefix)) fs.nodes.delete(key);
    return;
  }
  const index = queryIndex(fs);
  if (!index) {
    const prefix = path === "/" ? "/" : path + "/";
    for (const key of [...fs.nodes.keys()]) if (key.startsWith(prefix)) fs.nodes.delete(key);
    return;
  }
  for (const below of index.remove(path)) fs.nodes.delete(below);
}

const byPath = (a: FileNode, b: FileNode) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every visible node under `dir` (not `dir` itself), sorted by path. */
export function walkFs(fs: LayeredFs, dir: string): FileNode[] {
  const index = isClean(dir) ? queryIndex(fs) : null;
  if (!index) return scanUnder(fs, dir);
  return nodesAt(fs, index.under(dir)).sort(byPath);
}

/** The visible nodes directly under `dir`, sorted by path. */
function childrenOf(fs: LayeredFs, dir: string): FileNode[] {
  const index = isClean(dir) ? queryIndex(fs) : null;
  if (!index) {
    const skip = dir === "/" ? 1 : dir.length + 1;
    return scanUnder(fs, dir).filter((node) => !node.path.slice(skip).includes("/"));
  }
  return nodesAt(fs, index.children(dir)).sort(byPath);
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
