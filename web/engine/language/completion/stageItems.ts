import type { Analysis } from "../../analyze";
import { formatSize } from "../../simulate/formatSize";
import type { Stage } from "../../stages/types";
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

/**
 * The stages before the `count`th, as `FROM`, `COPY --from` and mounts may name them (BuildKit
 * cannot use a later stage): names first, then the index of each unnamed stage.
 */
export function stageItems(analysis: Analysis, count: number, range: Range): CompletionItem[] {
  const sizes = new Map(analysis.simulation.stages.map((sim) => [sim.stage as number, sim]));
  const describe = (stage: Stage): string => {
    const sim = sizes.get(stage.index);
    if (!sim) return "Stageplay has not simulated this stage: building the current target does not run it.";
    const estimated = sim.estimatedBytes > 0 ? ` (${formatSize(sim.estimatedBytes)} of it estimated)` : "";
    return `Simulated size: ${formatSize(sim.sizeBytes)}${estimated}.`;
  };
  const earlier = analysis.stages.slice(0, count);
  const ordered = [...earlier.filter((stage) => stage.name), ...earlier.filter((stage) => !stage.name)];
  return ordered.map((stage) => {
    const label = stage.name ?? String(stage.index);
    const base = stage.baseText || "(no image)";
    return completionItem(label, "stage", range, {
      detail: `${stage.name ? "" : "unnamed stage, "}FROM ${base} · line ${stage.line}`,
      documentation: describe(stage),
      sortText: sortKey(stage.name ? 0 : 1, stage.index),
    });
  });
}
