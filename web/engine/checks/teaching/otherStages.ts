// The built stages that are not part of the final image's FROM chain: where something the image
// lacks may have been installed instead.
import type { FileFact, FileNode, StageSimulation } from "../../simulate/types";
import type { FinalImage } from "./finalImage";

export interface FactElsewhere<K extends FileFact["kind"]> {
  stage: StageSimulation;
  node: FileNode;
  fact: Extract<FileFact, { kind: K }>;
}

export function otherStages(image: FinalImage): StageSimulation[] {
  const chain = new Set(image.stage.layers.map((layer) => layer.stage));
  return image.view.all.filter((stage) => !chain.has(stage.stage));
}

/** The first node of another stage carrying a fact of `kind` that `accept` takes. */
export function factElsewhere<K extends FileFact["kind"]>(
  image: FinalImage,
  kind: K,
  accept: (fact: Extract<FileFact, { kind: K }>, node: FileNode) => boolean,
): FactElsewhere<K> | null {
  for (const stage of otherStages(image)) {
    for (const node of stage.files) {
      for (const fact of node.facts) {
        if (fact.kind !== kind) continue;
        const typed = fact as Extract<FileFact, { kind: K }>;
        if (accept(typed, node)) return { stage, node, fact: typed };
      }
    }
  }
  return null;
}

/** The line of the step that made `node` in its stage (its RUN or COPY), or null for a base image's file. */
export function madeAt(node: FileNode): number | null {
  if (node.copiedFrom) return node.copiedFrom.line;
  return node.origin.kind === "step" ? node.origin.line : null;
}
