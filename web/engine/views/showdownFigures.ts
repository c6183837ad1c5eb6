import type { Analysis } from "../analyze";
import type { VerdictReason } from "../simulate/types";
import { countFiles, toolsIn } from "./imageViews";
import type { ShowdownFigures } from "./types";

/**
 * Size, layers, files, tools left, build time and start verdict of one Dockerfile's image. A build
 * that stops has no image: its size, layers, files and tools are absent, not those of the half-built
 * stage, and its problem is where it stops.
 */
export function showdownFigures(analysis: Analysis): ShowdownFigures {
  const { image, stages, times } = analysis.simulation;
  const errors = analysis.diagnostics.filter((d) => d.severity === "error");
  const failing = image?.verdict.reasons.find((r) => !r.ok);
  const buildStops = failing?.check === "build";
  const built = image && !buildStops ? image : null;
  const files = (built && stages.find((s) => s.stage === built.target)?.files) ?? [];
  return {
    sizeBytes: built ? built.sizeBytes : null,
    estimatedBytes: built ? built.estimatedBytes : 0,
    baseBytes: image
      ? image.layers.filter((l) => l.kind === "base").reduce((s, l) => s + l.sizeBytes, 0)
      : null,
    base: image ? image.base : null,
    layers: built ? built.layers.length : 0,
    fileCount: countFiles(files),
    tools: toolsIn(files),
    buildMs: analysis.options.builder === "legacy" ? times.legacyMs : times.buildkitMs,
    runs: built ? built.verdict.runs : false,
    problem: failing
      ? problemOf(failing)
      : (errors[0]?.message ?? (image ? null : "the build produces no image")),
    errors: errors.length,
  };
}

/** A failing reason in words, with what the container would print when the reason knows it. */
function problemOf(reason: VerdictReason): string {
  const printed = reason.runtimeError;
  if (!printed || reason.message.includes(printed)) return reason.message;
  return `${reason.message} It would print: ${printed}`;
}
