// `RUN rm -rf /var/lib/apt/lists/*` in its own RUN, after the RUN that downloaded them: the later
// layer only records whiteouts, the earlier layer still carries every byte, and the image is no
// smaller. Cleaning up helps only in the same RUN.
import type { Diagnostic } from "../../diagnostics/types";
import { formatSize } from "../../simulate/formatSize";
import { finalImage } from "./finalImage";
import { layerChanges, layerName, shownPath } from "./imageLayers";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const REMOVED_IN_LATER_LAYER = "removed-in-later-layer";

export const removedInLaterLayer: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  for (const { layer, hidden } of layerChanges(image.stage.layers)) {
    const bytes = hidden.reduce((sum, { node }) => sum + node.sizeBytes, 0);
    if (layer.line === null || bytes === 0) continue;
    const sources = [
      ...new Set(hidden.filter(({ node }) => node.sizeBytes > 0).map(({ by }) => layerName(by))),
    ];
    const apt = hidden.some(({ node }) =>
      node.facts.some((fact) => fact.kind === "cache" && fact.tool === "apt"),
    );
    const paths = [
      ...new Set(hidden.filter(({ node }) => node.sizeBytes > 0).map(({ node }) => shownPath(node))),
    ];
    const shown =
      paths.length > 2 ? `${paths.slice(0, 2).join(", ")} and ${paths.length - 2} more` : paths.join(", ");
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: REMOVED_IN_LATER_LAYER,
        severity: "warning",
        line: layer.line,
        message: `This step deletes ${shown} (${formatSize(bytes)}), which ${sources.join(" and ")} added. Layers only add: the delete is a whiteout that hides the files, ${sources.join(" and ")} still carries their bytes, and the image is no smaller.`,
        fix: apt
          ? `Remove the lists in the RUN that downloads them: ${code("RUN apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*")}.`
          : `Delete files in the same RUN that creates them, or create them in a build stage and copy only what the image needs.`,
        url: "https://docs.docker.com/build/building/best-practices/#apt-get",
      }),
    );
  }
  return diagnostics;
};
