// The image explorer's figures: layers without their file lists, tools, where the bytes come from,
// and what the builder stages hold that the final image leaves behind.
import type { Analysis } from "../analyze";
import type { FileNode, Layer, StageSimulation } from "../simulate/types";
import type { StageIndex } from "../stages/types";
import type { LayerView, LeftBehindView, SizeByOrigin, StageImageView, ToolView } from "./types";

export function toLayerView(layer: Layer): LayerView {
  return {
    id: layer.id,
    stage: layer.stage,
    line: layer.line,
    instruction: layer.instruction,
    kind: layer.kind,
    sizeBytes: layer.sizeBytes,
    estimated: layer.estimated,
    knowledge: layer.knowledge,
    notes: layer.notes,
    added: layer.added.length + layer.modified.length,
    deleted: layer.deleted.length,
  };
}

/** Tools in a filesystem, one per name, in path order. */
export function toolsIn(files: readonly FileNode[]): ToolView[] {
  const seen = new Set<string>();
  const tools: ToolView[] = [];
  for (const file of files) {
    for (const fact of file.facts) {
      if (fact.kind !== "tool" || seen.has(fact.name)) continue;
      seen.add(fact.name);
      tools.push({ name: fact.name, role: fact.role, path: file.path });
    }
  }
  return tools;
}

export function toStageImageView(sim: StageSimulation): StageImageView {
  return {
    stage: sim.stage,
    sizeBytes: sim.sizeBytes,
    estimatedBytes: sim.estimatedBytes,
    fileCount: countFiles(sim.files),
    layers: sim.layers.map(toLayerView),
    tools: toolsIn(sim.files),
  };
}

/** Regular files and symlinks; a bulk tree counts as one. */
export function countFiles(files: readonly FileNode[]): number {
  let count = 0;
  for (const file of files) if (file.type !== "dir" || file.bulk) count++;
  return count;
}

/** Splits a stage's bytes by where each added file came from. */
export function sizeByOrigin(layers: readonly Layer[]): SizeByOrigin {
  const split: SizeByOrigin = { base: 0, otherStages: 0, otherImages: 0, context: 0, run: 0 };
  for (const layer of layers) {
    if (layer.kind === "base") {
      split.base += layer.sizeBytes;
      continue;
    }
    for (const file of [...layer.added, ...layer.modified]) {
      if (file.copiedFrom) {
        if (typeof file.copiedFrom.from === "number") split.otherStages += file.sizeBytes;
        else split.otherImages += file.sizeBytes;
      } else if (file.origin.kind === "context") split.context += file.sizeBytes;
      else if (file.origin.kind === "base") split.base += file.sizeBytes;
      else split.run += file.sizeBytes;
    }
  }
  return split;
}

/** The stages a stage is built on (FROM <stage>), itself included. */
function baseChain(analysis: Analysis, stage: StageIndex): Set<StageIndex> {
  const chain = new Set<StageIndex>();
  for (
    let s: StageIndex | null = stage;
    s !== null && !chain.has(s);
    s = analysis.stages[s]?.baseStage ?? null
  ) {
    chain.add(s);
  }
  return chain;
}

const GROUPS = {
  tools: "Compilers and build tools",
  packageManagers: "Package managers",
  cache: "Download and build caches",
  source: "Sources and files from the build context",
  base: "Base image contents (OS packages, toolchain)",
  product: "Other build products",
  hidden: "Deleted or replaced by a later step, still stored in an earlier layer",
} as const;

type Group = LeftBehindView["groups"][number];

/**
 * What each built stage outside the final image's base chain holds that the final image does not
 * ship: the reason multistage builds exist. A file counts as shipped when the final image has a copy
 * of it (COPY --from naming that stage and path). A builder's base image files are grouped apart,
 * marked `alsoInFinal`, when the final image starts from the same image: those bytes are not extra.
 */
export function leftBehind(analysis: Analysis): LeftBehindView[] {
  const image = analysis.simulation.image;
  if (!image) return [];
  const chain = baseChain(analysis, image.target);
  const finalSim = analysis.simulation.stages.find((s) => s.stage === image.target);
  const shipped = new Set<string>();
  const finalBases = new Set<string>();
  for (const file of finalSim?.files ?? []) {
    if (file.copiedFrom && typeof file.copiedFrom.from === "number") {
      shipped.add(`${file.copiedFrom.from}:${file.copiedFrom.path}`);
    } else if (file.origin.kind === "base") finalBases.add(file.origin.imageId);
  }
  const views: LeftBehindView[] = [];
  for (const sim of analysis.simulation.stages) {
    if (chain.has(sim.stage)) continue;
    const stage = analysis.stages[sim.stage];
    if (!stage) continue;
    const groups = new Map<string, Group>();
    const add = (label: string, bytes: number, path: string, alsoInFinal = false) => {
      let group = groups.get(label);
      if (!group)
        groups.set(
          label,
          (group = { label, bytes: 0, examples: [], ...(alsoInFinal ? { alsoInFinal } : {}) }),
        );
      group.bytes += bytes;
      if (group.examples.length < 3 && bytes > 0 && !group.examples.includes(path)) group.examples.push(path);
    };
    let shippedBytes = 0;
    let visibleBytes = 0;
    for (const file of sim.files) {
      if (file.sizeBytes === 0) continue;
      visibleBytes += file.sizeBytes;
      if (isShipped(file.path, sim.stage, shipped)) {
        shippedBytes += file.sizeBytes;
        continue;
      }
      const role = file.facts.find((f) => f.kind === "tool")?.role;
      if (file.origin.kind === "base" && finalBases.has(file.origin.imageId)) {
        add(
          `Base image ${file.origin.imageId}, which the final image starts from too`,
          file.sizeBytes,
          file.path,
          true,
        );
      } else if (role === "compiler" || role === "build-tool") add(GROUPS.tools, file.sizeBytes, file.path);
      else if (role === "package-manager") add(GROUPS.packageManagers, file.sizeBytes, file.path);
      else if (file.facts.some((f) => f.kind === "cache")) add(GROUPS.cache, file.sizeBytes, file.path);
      else if (file.origin.kind === "base") add(GROUPS.base, file.sizeBytes, file.path);
      else if (file.origin.kind === "context" || file.facts.some((f) => f.kind === "source")) {
        add(GROUPS.source, file.sizeBytes, file.path);
      } else add(GROUPS.product, file.sizeBytes, file.path);
    }
    // Layers never shrink: what a later step deleted or replaced still costs its bytes.
    const hiddenBytes = sim.sizeBytes - visibleBytes;
    if (hiddenBytes > 0) {
      const examples = sim.layers.flatMap((l) => l.deleted).slice(0, 3);
      groups.set(GROUPS.hidden, { label: GROUPS.hidden, bytes: hiddenBytes, examples });
    }
    views.push({
      stage: sim.stage,
      displayName: stage.displayName,
      totalBytes: sim.sizeBytes,
      shippedBytes,
      groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes),
      tools: toolsIn(sim.files),
    });
  }
  return views;
}

/** Whether the final image copied `path` (or a directory above it) from `stage`. */
function isShipped(path: string, stage: StageIndex, shipped: Set<string>): boolean {
  for (let p = path; ;) {
    if (shipped.has(`${stage}:${p}`)) return true;
    if (p === "/") return false;
    const slash = p.lastIndexOf("/");
    p = slash <= 0 ? "/" : p.slice(0, slash);
  }
}
