// `RUN --mount=type=cache,target=/app/node_modules npm ci`: a cache mount lives outside the image, so
// whatever the RUN wrote there is gone from the layer. A later COPY --from of that path, or a command
// that starts something under it, finds nothing.
import type { Diagnostic } from "../../diagnostics/types";
import { readMountFlagOf, summarizeMount } from "../../graph/readMountFlag";
import type { StageSimulation } from "../../simulate/types";
import { effectiveCommand } from "../../simulate/verdict/effectiveCommand";
import { isAtOrUnder, normalizePath } from "../../simulate/verdict/paths";
import type { StageIndex } from "../../stages/types";
import { finalImage } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const CACHE_MOUNT_NOT_IN_IMAGE = "cache-mount-not-in-image";
const URL = "https://docs.docker.com/build/cache/optimize/#use-cache-mounts";

interface CacheMount {
  stage: StageIndex;
  target: string;
  line: number;
}

function cacheMounts(input: TeachingCheckInput): CacheMount[] {
  const mounts: CacheMount[] = [];
  for (const index of input.built) {
    const stage = input.stages[index];
    const simulated = input.simulation.stages.find((candidate) => candidate.stage === index);
    if (!stage || !simulated) continue;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "RUN") continue;
      for (const flag of instruction.flags) {
        if (flag.name.replace(/^--/, "") !== "mount" || flag.value === null) continue;
        const { fields, error } = readMountFlagOf(flag);
        const summary = summarizeMount(fields);
        if (error || summary.type !== "cache" || summary.target === "") continue;
        const target = normalizePath(summary.target, simulated.config.workdir || "/");
        mounts.push({ stage: index, target, line: instruction.range.start.line });
      }
    }
  }
  return mounts;
}

function exists(stage: StageSimulation, path: string): boolean {
  return stage.files.some((node) => isAtOrUnder(node.path, path));
}

function mountUnder(mounts: readonly CacheMount[], stage: StageIndex, path: string): CacheMount | undefined {
  return mounts.find((mount) => mount.stage === stage && isAtOrUnder(path, mount.target));
}

export const cacheMountNotInImage: TeachingCheck = (input) => {
  const mounts = cacheMounts(input);
  if (mounts.length === 0) return [];
  const diagnostics: Diagnostic[] = [];
  const byIndex = new Map(input.simulation.stages.map((stage) => [stage.stage, stage]));
  for (const edge of input.edges) {
    if (edge.kind !== "copy" || typeof edge.from !== "number") continue;
    const source = byIndex.get(edge.from);
    if (!source || !byIndex.has(edge.to)) continue;
    for (const raw of edge.paths) {
      const path = normalizePath(raw);
      const mount = mountUnder(mounts, edge.from, path);
      if (!mount || exists(source, path)) continue;
      diagnostics.push(
        teachingDiagnostic(input, {
          rule: CACHE_MOUNT_NOT_IN_IMAGE,
          severity: "error",
          line: edge.line,
          message: `${path} was a cache mount on line ${mount.line} (${code(`--mount=type=cache,target=${mount.target}`)}): a cache lives outside the image, so nothing the RUN wrote there is in stage ${edge.fromText}, and this COPY fails with ${code(`failed to compute cache key: "${path}": not found`)}.`,
          fix: `Point the cache mount at the tool's download cache (${code("target=/root/.npm")}, ${code("target=/root/.cache/pip")}, ${code("target=/root/.cache/go-build")}), not at the output the image needs, or copy the output out of the cache in the same RUN.`,
          url: URL,
        }),
      );
    }
  }
  const image = finalImage(input);
  if (image) {
    const command = effectiveCommand(image.stage);
    const chain = new Set(image.stage.layers.map((layer) => layer.stage));
    command.argv.forEach((word, i) => {
      if (!word.startsWith("/")) return;
      const path = normalizePath(word);
      const mount = mounts.find(
        (candidate) => chain.has(candidate.stage) && isAtOrUnder(path, candidate.target),
      );
      const line = command.lines[i];
      if (!mount || line === null || line === undefined || image.view.resolve(path).found) return;
      diagnostics.push(
        teachingDiagnostic(input, {
          rule: CACHE_MOUNT_NOT_IN_IMAGE,
          severity: "error",
          line,
          message: `The command uses ${path}, which lies in the cache mount of line ${mount.line} (${code(`target=${mount.target}`)}): what the RUN wrote there never reached the image, so the container fails with ${code(`exec ${path}: no such file or directory`)}.`,
          fix: `Mount the cache at the tool's download cache, not at the output the image needs, so the output lands in the layer.`,
          url: URL,
        }),
      );
    });
  }
  return diagnostics;
};
