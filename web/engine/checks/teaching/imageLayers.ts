// The final image's layers walked bottom to top, with what each path held before a layer changed it:
// whiteouts and copy-ups are judged against the bytes earlier layers already carry.
import type { FileNode, Layer } from "../../simulate/types";
import { isAtOrUnder } from "../../simulate/verdict/paths";

export interface LayerChange {
  layer: Layer;
  /** Earlier nodes this layer's whiteouts hide, with the layer that added each. */
  hidden: { node: FileNode; by: Layer }[];
  /** Pairs of (earlier node, its replacement in this layer) for each path the layer modified. */
  replaced: { before: FileNode; after: FileNode; by: Layer }[];
}

export function layerChanges(layers: readonly Layer[]): LayerChange[] {
  const current = new Map<string, { node: FileNode; by: Layer }>();
  const changes: LayerChange[] = [];
  for (const layer of layers) {
    const hidden: LayerChange["hidden"] = [];
    for (const gone of layer.deleted) {
      for (const [path, entry] of current) {
        if (!isAtOrUnder(path, gone)) continue;
        hidden.push(entry);
        current.delete(path);
      }
    }
    const replaced: LayerChange["replaced"] = [];
    for (const node of layer.modified) {
      const before = current.get(node.path);
      if (before) replaced.push({ before: before.node, after: node, by: before.by });
    }
    for (const node of [...layer.added, ...layer.modified]) current.set(node.path, { node, by: layer });
    changes.push({ layer, hidden, replaced });
  }
  return changes;
}

/** Paths a later layer than `layer` deletes (the whiteouts above it). */
export function deletedAbove(layers: readonly Layer[], layer: Layer): string[] {
  const index = layers.indexOf(layer);
  return layers.slice(index + 1).flatMap((later) => later.deleted);
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
