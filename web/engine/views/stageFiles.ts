import type { Analysis } from "../analyze";
import { dirname } from "../simulate/filesystem/paths";
import type { FileNode, Layer } from "../simulate/types";
import type { StageIndex } from "../stages/types";
import type { FileRow } from "./types";

/**
 * A simulated stage's file tree, sorted by path: every visible path with the layer and line that
 * added it, and the paths a later layer deleted (their bytes still count in the layer that added
 * them). Empty when the stage was not simulated.
 */
export function stageFiles(analysis: Analysis, stage: StageIndex): FileRow[] {
  const sim = analysis.simulation.stages.find((s) => s.stage === stage);
  if (!sim) return [];
  const nameOf = (from: StageIndex | string) =>
    typeof from === "number" ? (analysis.stages[from]?.displayName ?? `stage-${from}`) : from;
  const addedBy = new Map<string, { layer: Layer; node: FileNode }>();
  const deletedBy = new Map<string, Layer>();
  for (const layer of sim.layers) {
    if (layer.deleted.length > 0) {
      const gone = new Set(layer.deleted);
      for (const known of addedBy.keys()) if (isAtOrUnderAny(known, gone)) deletedBy.set(known, layer);
    }
    for (const node of [...layer.added, ...layer.modified]) {
      addedBy.set(node.path, { layer, node });
      deletedBy.delete(node.path);
    }
  }
  const row = (node: FileNode, layer: Layer | undefined, deleted: boolean): FileRow => ({
    path: node.path,
    type: node.type,
    sizeBytes: node.sizeBytes,
    bulk: node.bulk,
    estimated: node.estimated === true,
    layerId: layer?.id ?? sim.layers[0]?.id ?? "",
    line: layer?.line ?? null,
    origin: describeOrigin(node, nameOf),
    deleted,
    ...(node.target !== undefined ? { target: node.target } : {}),
  });
  const rows = sim.files.map((node) => row(node, addedBy.get(node.path)?.layer, false));
  const visible = new Set(sim.files.map((f) => f.path));
  for (const [path, entry] of addedBy) {
    if (!visible.has(path) && deletedBy.has(path)) rows.push(row(entry.node, entry.layer, true));
  }
  return rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether `path` or a directory above it is in `dirs`. */
function isAtOrUnderAny(path: string, dirs: ReadonlySet<string>): boolean {
  for (let at = path; ; at = dirname(at)) {
    if (dirs.has(at)) return true;
    if (at === "/") return false;
  }
}

function describeOrigin(node: FileNode, nameOf: (from: StageIndex | string) => string): string {
  if (node.copiedFrom) {
    return `copied from ${nameOf(node.copiedFrom.from)}:${node.copiedFrom.path} (line ${node.copiedFrom.line})`;
  }
  switch (node.origin.kind) {
    case "base":
      return `base image ${node.origin.imageId}`;
    case "context":
      return node.origin.path ? `build context ${node.origin.path}` : "build context";
    case "step":
      return `${nameOf(node.origin.stage)}, line ${node.origin.line}`;
  }
}
