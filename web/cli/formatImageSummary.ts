// After the log: the image as `docker images` and `docker history` would describe it, the simulated
// build times, and whether `docker run` would start it.
import type { Analysis } from "../engine/analyze";
import { formatSeconds, formatSize } from "../engine/simulate/formatSize";

export function formatImageSummary(analysis: Analysis): string {
  const { image, times } = analysis.simulation;
  if (!image) return "\nNo image: the target stage could not be simulated.\n";
  const target = analysis.stages[image.target];
  const estimate = image.estimatedBytes > 0 ? ` (${formatSize(image.estimatedBytes)} of it estimated)` : "";
  const lines = [
    "",
    `Image: ${target?.displayName ?? "target"}, from ${image.base}, ${formatSize(image.sizeBytes)}${estimate}`,
    "Layers:",
    `  ${"SIZE".padStart(8)}  ${"LINE".padStart(4)}  INSTRUCTION`,
    ...image.layers.map(
      (layer) =>
        `  ${formatSize(layer.sizeBytes).padStart(8)}  ${String(layer.line ?? "-").padStart(4)}  ${layer.instruction}${layer.knowledge === "known" ? "" : `  (effect ${layer.knowledge})`}`,
    ),
    `Build time (simulated): ${formatSeconds(times.buildkitMs)} with BuildKit, ${formatSeconds(times.legacyMs)} with the legacy builder`,
  ];
  const { verdict } = image;
  const command = verdict.command ? ` ${JSON.stringify(verdict.command)}` : "";
  lines.push(
    `Start verdict: ${verdict.runs ? "would start" : "would not start"}${verdict.certain ? "" : " (not certain)"}${command}`,
  );
  for (const reason of verdict.reasons) {
    const where = reason.line === null ? "" : ` (line ${reason.line})`;
    lines.push(`  ${reason.ok ? "ok" : "no"}  ${reason.check}: ${reason.message}${where}`);
    if (reason.runtimeError) lines.push(`        would print: ${reason.runtimeError}`);
    if (reason.fix && !reason.ok) lines.push(`        fix: ${reason.fix}`);
  }
  return lines.join("\n") + "\n";
}
