// The merged view of a stage's layers. A Map from path to the visible node: applying a layer adds or
// replaces its nodes and removes whiteouts with everything under them. Layers themselves are never
// changed, so bytes a later layer hides are still billed (Layer.sizeBytes).
import type { FsReader } from "../run/types";
import type { FileNode, Layer } from "../types";
import { isWithin } from "./paths";

export interface LayeredFs {
  nodes: Map<string, FileNode>;
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
  for (const node of layer.modified) fs.nodes.set(node.path, node);
  for (const node of layer.added) fs.nodes.set(node.path, node);
}

function removeTree(fs: LayeredFs, path: string): void {
  fs.nodes.delete(path);
  const prefix = path === "/" ? "/" : path + "/";
  for (const key of fs.nodes.keys()) if (key.startsWith(prefix)) fs.nodes.delete(key);
}

const byPath = (a: FileNode, b: FileNode) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every visible node under `dir` (not `dir` itself), sorted by path. */
export function walkFs(fs: LayeredFs, dir: string): FileNode[] {
  const result: FileNode[] = [];
  for (const node of fs.nodes.values()) if (node.path !== dir && isWithin(node.path, dir)) result.push(node);
  return result.sort(byPath);
}

/** Every visible node, sorted by path. */
export function visibleFiles(fs: LayeredFs): FileNode[] {
  return [...fs.nodes.values()].sort(byPath);
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
    const skip = dir === "/" ? 1 : dir.length + 1;
    return walkFs(this.fs, dir).filter((node) => !node.path.slice(skip).includes("/"));
  }

  walk(dir: string): FileNode[] {
    return walkFs(this.fs, dir);
  }

  readText(path: string): string | undefined {
    return this.fs.nodes.get(path)?.content;
  }
}
