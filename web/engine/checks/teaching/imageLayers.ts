// The final image's layers walked bottom to top, with what each path held before a layer changed it:
// whiteouts and copy-ups are judged against the bytes earlier layers already carry.
import type { FileNode, Layer } from "../../simulate/types";
import { dirname } from "../../simulate/verdict/paths";

export interface LayerChange {
  layer: Layer;
  /** Earlier nodes this layer's whiteouts hide, with the layer that added each. */
  hidden: { node: FileNode; by: Layer }[];
  /** Pairs of (earlier node, its replacement in this layer) for each path the layer modified. */
  replaced: { before: FileNode; after: FileNode; by: Layer }[];
}

const changesOf = new WeakMap<readonly Layer[], LayerChange[]>();

/** Computed once per layer list: two checks read it. */
export function layerChanges(layers: readonly Layer[]): LayerChange[] {
  let changes = changesOf.get(layers);
  if (!changes) {
    changes = computeLayerChanges(layers);
    changesOf.set(layers, changes);
  }
  return changes;
}

function computeLayerChanges(layers: readonly Layer[]): LayerChange[] {
  // `seq` keeps the order a Map would iterate the visible paths in (first set since last deleted),
  // and `tree` finds what lies under a whiteout without scanning every visible path.
  const current = new Map<string, { node: FileNode; by: Layer; seq: number }>();
  const tree = new PathTree();
  let seq = 0;
  const changes: LayerChange[] = [];
  for (const layer of layers) {
    const hidden: LayerChange["hidden"] = [];
    for (const gone of layer.deleted) {
      const found = tree
        .removeUnder(gone)
        .flatMap((path) => {
          const entry = current.get(path);
          current.delete(path);
          return entry ? [entry] : [];
        })
        .sort((a, b) => a.seq - b.seq);
      for (const { node, by } of found) hidden.push({ node, by });
    }
    const replaced: LayerChange["replaced"] = [];
    for (const node of layer.modified) {
      const before = current.get(node.path);
      if (before) replaced.push({ before: before.node, after: node, by: before.by });
    }
    for (const nodes of [layer.added, layer.modified]) {
      for (const node of nodes) {
        const before = current.get(node.path);
        current.set(node.path, { node, by: layer, seq: before ? before.seq : seq++ });
        if (!before) tree.add(node.path);
      }
    }
    changes.push({ layer, hidden, replaced });
  }
  return changes;
}

/** The paths added so far as a tree of children, so a whiteout finds what it hides directly. */
class PathTree {
  private readonly children = new Map<string, Set<string>>();

  add(path: string): void {
    for (let at = path; at !== "/"; at = dirname(at)) {
      const parent = dirname(at);
      let siblings = this.children.get(parent);
      if (!siblings) this.children.set(parent, (siblings = new Set()));
      if (siblings.has(at)) return;
      siblings.add(at);
    }
  }

  /** `path` and every path under it that was added, now forgotten. */
  removeUnder(path: string): string[] {
    const found: string[] = [];
    const stack = [path];
    while (stack.length > 0) {
      const at = stack.pop() as string;
      found.push(at);
      const below = this.children.get(at);
      if (below) for (const child of below) stack.push(child);
      this.children.delete(at);
    }
    if (path !== "/") this.children.get(dirname(path))?.delete(path);
    return found;
  }
}

/**
 * Whether a whiteout in a layer above `layers[index]` hides `path`. Built once per layer list: each
 * deleted path remembers the last layer that deletes it, and a path is checked with its ancestors,
 * so a long stage costs one pass instead of one pass per layer.
 */
export function whiteoutsAbove(layers: readonly Layer[]): (index: number, path: string) => boolean {
  const lastDelete = new Map<string, number>();
  layers.forEach((layer, index) => {
    for (const gone of layer.deleted) lastDelete.set(gone, index);
  });
  return (index, path) => {
    if (lastDelete.size === 0) return false;
    for (let at: string = path; ; at = dirname(at)) {
      if ((lastDelete.get(at) ?? -1) > index) return true;
      if (at === "/") return false;
    }
  };
}

/** "line 4" or "the base image": where a layer came from, for a sentence. */
export function layerName(layer: Layer): string {
  return layer.line === null ? `the base image (${layer.instruction})` : `line ${layer.line}`;
}

/** How a message names a file: apt's lists by their directory, not by a mirror's long file name. */
export function shownPath(node: FileNode): string {
  const apt = node.facts.some((fact) => fact.kind === "cache" && fact.tool === "apt");
  return apt && node.path.startsWith("/var/lib/apt/lists/") ? "/var/lib/apt/lists" : node.path;
}
