// Download caches left in the final image's layers: pip's wheels (`pip install` without
// --no-cache-dir), npm's _cacache, Go's build cache, apt's package lists. Nothing reads them at run
// time. A cache some later layer deletes is removedInLaterLayer's (the bytes stay either way).
import type { Diagnostic } from "../../diagnostics/types";
import { formatSize } from "../../simulate/formatSize";
import type { FileFact } from "../../simulate/types";
import { underUnknownRoot } from "../../simulate/unknownRoots";
import { finalImage } from "./finalImage";
import { shownPath, whiteoutsAbove } from "./imageLayers";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const PIP_CACHE_IN_IMAGE = "pip-cache-in-image";
export const BUILD_CACHE_IN_IMAGE = "build-cache-in-image";

type Tool = Extract<FileFact, { kind: "cache" }>["tool"];

const FIXES: Record<Tool, string> = {
  pip: `Add ${code("--no-cache-dir")} (${code("pip install --no-cache-dir -r requirements.txt")}), or keep the cache out of the image with ${code("RUN --mount=type=cache,target=/root/.cache/pip pip install …")}.`,
  npm: `Use a cache mount (${code("RUN --mount=type=cache,target=/root/.npm npm ci")}), or build in a stage whose cache the final image does not copy.`,
  yarn: `Use a cache mount (${code("RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install")}), or ${code("yarn cache clean")} in the same RUN.`,
  pnpm: `Use a cache mount for the pnpm store (${code("RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install")}).`,
  go: `Build in a build stage and copy only the binary, or use ${code("RUN --mount=type=cache,target=/root/.cache/go-build go build …")}.`,
  cargo: `Build in a build stage and copy only the binary, or mount the registry and target as caches.`,
  maven: `Build in a build stage and copy only the jar, or use ${code("RUN --mount=type=cache,target=/root/.m2 mvn package")}.`,
  gradle: `Build in a build stage and copy only the jar, or use ${code("RUN --mount=type=cache,target=/root/.gradle gradle build")}.`,
  apt: `Remove the lists in the same RUN: ${code("RUN apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*")}.`,
  apk: `Use ${code("apk add --no-cache …")}, which keeps no index in the image.`,
};

const NAMES: Record<Tool, string> = {
  pip: "pip's download cache",
  npm: "npm's cache",
  yarn: "yarn's cache",
  pnpm: "pnpm's store",
  go: "Go's build and module cache",
  cargo: "cargo's registry and build cache",
  maven: "Maven's repository",
  gradle: "Gradle's cache",
  apt: "apt's package lists",
  apk: "apk's package index",
};

export const buildCacheInImage: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  const layers = image.stage.layers;
  const hiddenAbove = whiteoutsAbove(layers);
  layers.forEach((layer, index) => {
    if (layer.line === null) return;
    const byTool = new Map<Tool, { bytes: number; paths: string[] }>();
    for (const node of [...layer.added, ...layer.modified]) {
      if (!node.facts.some((fact) => fact.kind === "cache") || hiddenAbove(index, node.path)) continue;
      for (const fact of node.facts) {
        if (fact.kind !== "cache") continue;
        const entry = byTool.get(fact.tool) ?? { bytes: 0, paths: [] };
        entry.bytes += node.sizeBytes;
        entry.paths.push(shownPath(node));
        byTool.set(fact.tool, entry);
      }
    }
    for (const [tool, { bytes, paths }] of byTool) {
      const size = bytes > 0 ? ` (${formatSize(bytes)})` : "";
      // A command of the same RUN that Stageplay cannot follow (`find … -delete`) may have removed it.
      const path = paths[0] ?? "";
      const maybe = underUnknownRoot(layer.unknownUnder, path);
      diagnostics.push(
        teachingDiagnostic(input, {
          rule: tool === "pip" ? PIP_CACHE_IN_IMAGE : BUILD_CACHE_IN_IMAGE,
          severity: maybe ? "info" : "warning",
          line: layer.line,
          message: maybe
            ? `This step may leave ${NAMES[tool]} in the final image at ${path}${size}, unless a command of this RUN that Stageplay cannot follow removed them: files for building that nothing reads at run time.`
            : `This step leaves ${NAMES[tool]} in the final image at ${path}${size}: files for building that nothing reads at run time.`,
          fix: FIXES[tool],
          url:
            tool === "pip"
              ? "https://pip.pypa.io/en/stable/topics/caching/"
              : "https://docs.docker.com/build/cache/optimize/#use-cache-mounts",
        }),
      );
    }
  });
  return diagnostics;
};
