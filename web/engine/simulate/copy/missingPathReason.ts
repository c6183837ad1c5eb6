// A COPY --from source that the simulated stage does not hold is an error only when Stageplay can
// be sure it is absent. Base images hold more files than the catalog models, and a RUN of unknown
// effect may have made anything, so in those cases the copy is flagged as unknown instead.
import type { LayeredFs } from "../filesystem/layeredFs";
import { ancestors } from "../filesystem/paths";
import type { Layer } from "../types";

// Top-level directories every Linux base image fills with files the catalog does not list one by one.
const SYSTEM_DIRS = new Set(
  "bin boot dev etc home lib lib32 lib64 libx32 media mnt opt proc root run sbin srv sys tmp usr var".split(
    " ",
  ),
);

/** Why a missing `path` may exist in the real image anyway, or null when it surely does not. */
export function missingPathReason(path: string, fs: LayeredFs, layers: readonly Layer[]): string | null {
  const unknownRun = layers.find((layer) => layer.kind !== "base" && layer.knowledge !== "known");
  if (unknownRun) {
    return `the ${unknownRun.instruction.split(" ")[0]} at line ${unknownRun.line} may have made it (Stageplay does not know all of its effect)`;
  }
  const base = layers.find((layer) => layer.kind === "base" && layer.sizeBytes > 0);
  if (!base) return null;
  if (base.knowledge !== "known")
    return `${base.instruction} is not in the catalog, so its files are unknown`;
  const top = path.split("/")[1] ?? "";
  const underBase = ancestors(path).some((dir) => fs.nodes.get(dir)?.origin.kind === "base");
  // Official images keep their start-up scripts at the root: nginx's /docker-entrypoint.sh and
  // /docker-entrypoint.d, postgres's /docker-entrypoint-initdb.d.
  if (SYSTEM_DIRS.has(top) || top.startsWith("docker-entrypoint") || underBase) {
    return `${base.instruction} holds more files than Stageplay models`;
  }
  return null;
}
