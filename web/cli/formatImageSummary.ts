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
  const word = verdict.exportOnly
    ? "an export stage, not an image to run"
    : verdict.runs === null
      ? "cannot tell"
      : verdict.runs
        ? "would start"
        : "would not start";
  lines.push(
    `Start verdict: ${word}${verdict.runs === true && !verdict.certain ? " (not certain)" : ""}${command}`,
  );
  for (const reason of verdict.reasons) {
    const where = reason.line === null ? "" : ` (line ${reason.line})`;
    const mark = reason.ok ? "ok" : verdict.runs === null ? "??" : "no";
    lines.push(`  ${mark}  ${reason.check}: ${reason.message}${where}`);
    if (reason.runtimeError) lines.push(`        would print: ${reason.runtimeError}`);
    if (reason.fix && !reason.ok) lines.push(`        fix: ${reason.fix}`);
  }
  return lines.join("\n") + "\n";
}

// BuildKit's build checks are named in PascalCase (StageNameCasing); Stageplay's own are kebab-case.
const isBuildKitRule = (rule: string | null) => rule !== null && /^[A-Z]/.test(rule);

/**
 * BuildKit's closing list of build-check warnings, as `docker build` prints it after the log, then
 * Stageplay's own teaching checks, which Docker would not print.
 */
export function formatBuildWarnings(analysis: Analysis): string {
  const warnings = analysis.diagnostics.filter((d) => d.severity === "warning" && isBuildKitRule(d.rule));
  let text = "";
  if (warnings.length > 0) {
    const count = `${warnings.length} warning${warnings.length === 1 ? "" : "s"}`;
    const lines = warnings.map((d) => ` - ${d.rule}: ${d.message} (line ${d.range.start.line})`);
    text += `\n ${count} found (use docker --debug to expand):\n${lines.join("\n")}\n`;
  }
  return text + formatTeachingFindings(analysis);
}

/**
 * Stageplay's own checks, which Docker would not print. A failed build prints its errors and
 * warnings too (`problemsOnly`): they often say why the step failed (a cache mount that kept the
 * output out of the layer, an empty global ARG); its notes are about an image that was never made.
 */
export function formatTeachingFindings(analysis: Analysis, problemsOnly = false): string {
  const teaching = analysis.diagnostics.filter(
    (d) => d.rule !== null && !isBuildKitRule(d.rule) && !(problemsOnly && d.severity === "info"),
  );
  if (teaching.length === 0) return "";
  const lines = teaching.map((d) => `  ${d.severity} ${d.rule}: ${d.message} (line ${d.range.start.line})`);
  return `\nStageplay's checks:\n${lines.join("\n")}\n`;
}

/** The simulator's notes (estimates, unknown images or commands), one per line, after the verdict. */
export function formatSimulationNotes(analysis: Analysis): string {
  const notes = analysis.simulation.diagnostics.filter((d) => d.severity === "info");
  if (notes.length === 0) return "";
  return `Notes:\n${notes.map((d) => `  line ${d.range.start.line}: ${d.message}`).join("\n")}\n`;
}
