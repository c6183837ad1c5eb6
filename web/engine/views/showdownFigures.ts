import type { Analysis } from "../analyze";
import { countFiles, toolsIn } from "./imageViews";
import type { ShowdownFigures } from "./types";

/** Size, layers, files, tools left, build time and start verdict of one Dockerfile's image. */
export function showdownFigures(analysis: Analysis): ShowdownFigures {
  const { image, stages, times } = analysis.simulation;
  const sim = image ? stages.find((s) => s.stage === image.target) : undefined;
  const files = sim?.files ?? [];
  const errors = analysis.diagnostics.filter((d) => d.severity === "error");
  const failing = image?.verdict.reasons.find((r) => !r.ok);
  return {
    sizeBytes: image ? image.sizeBytes : null,
    estimatedBytes: image ? image.estimatedBytes : 0,
    baseBytes: image
      ? image.layers.filter((l) => l.kind === "base").reduce((s, l) => s + l.sizeBytes, 0)
      : null,
    base: image ? image.base : null,
    layers: image ? image.layers.length : 0,
    fileCount: countFiles(files),
    tools: toolsIn(files),
    buildMs: analysis.options.builder === "legacy" ? times.legacyMs : times.buildkitMs,
    runs: image ? image.verdict.runs : false,
    problem: failing?.message ?? errors[0]?.message ?? (image ? null : "the build produces no image"),
    errors: errors.length,
  };
}
