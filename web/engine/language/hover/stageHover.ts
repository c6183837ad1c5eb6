// A stage where it is named (`FROM <stage>`, `--from=`, a mount's `from=`, its own `AS name`): what it
// starts from, what the simulated build says it weighs, and whether the chosen target builds it.
import type { Analysis } from "../../analyze";
import { formatSize } from "../../simulate/formatSize";
import type { Stage } from "../../stages/types";
import type { HoverInfo, Range } from "../types";
import { code, heading } from "./markdown";

/** The hover for `stage`; `written` is the reference as written when it is a number (`--from=0`). */
export function stageHover(analysis: Analysis, stage: Stage, range: Range, written?: string): HoverInfo {
  const lines = [heading(`Stage ${code(stage.displayName)}`, `line ${stage.line}`)];
  if (written !== undefined && /^[+-]?\d+$/.test(written)) {
    lines.push(
      `${code(written)} picks a stage by its position: 0 is the first FROM of the file. A name keeps ` +
        "pointing at the same stage when stages are added or moved.",
    );
  }
  lines.push(baseWords(analysis, stage), sizeWords(analysis, stage), builtWords(analysis, stage));
  return { markdown: lines.filter((line) => line !== "").join("\n\n"), range, topic: null };
}

function baseWords(analysis: Analysis, stage: Stage): string {
  if (stage.baseStage !== null) {
    const parent = analysis.stages[stage.baseStage];
    if (parent)
      return `Starts FROM stage ${code(parent.displayName)} (line ${parent.line}) and inherits its files, ENV, WORKDIR and USER.`;
  }
  if (stage.base === "") return `Its image, ${code(stage.baseText)}, expands to an empty name.`;
  if (stage.base.toLowerCase() === "scratch") return "Starts from `scratch`, the empty filesystem.";
  return `Base image: ${code(stage.base)}.`;
}

function sizeWords(analysis: Analysis, stage: Stage): string {
  const simulated = analysis.simulation.stages.find((s) => s.stage === stage.index);
  if (!simulated) return stage.built ? "It was not simulated: the build stops before it." : "";
  const size = formatSize(simulated.sizeBytes);
  let words =
    simulated.estimatedBytes >= simulated.sizeBytes && simulated.sizeBytes > 0
      ? `Simulated size: about ${size}, an estimate.`
      : simulated.estimatedBytes > 0
        ? `Simulated size: about ${size}, ${formatSize(simulated.estimatedBytes)} of it an estimate.`
        : `Simulated size: ${size}.`;
  const unknown = simulated.layers.find((layer) => layer.kind !== "base" && layer.knowledge !== "known");
  if (unknown?.line != null) {
    words += ` Stageplay does not know everything line ${unknown.line} does, so the real size may differ.`;
  }
  return words;
}

function builtWords(analysis: Analysis, stage: Stage): string {
  const target = analysis.target === null ? undefined : analysis.stages[analysis.target];
  if (!target) {
    const asked = analysis.options.target;
    return asked
      ? `No stage is built: no stage is called ${code(asked)}.`
      : "No stage is built: the build has no target.";
  }
  if (target === stage) return "It is the target: the image the build produces.";
  const name = code(target.displayName);
  if (analysis.options.builder === "legacy") {
    return stage.built
      ? `The legacy builder runs it, as it runs every stage up to the target ${name}.`
      : `It comes after the target ${name}, so the build stops before it.`;
  }
  return stage.built
    ? `The target ${name} needs it, so the build runs it.`
    : `The target ${name} does not need it, so BuildKit skips it.`;
}
