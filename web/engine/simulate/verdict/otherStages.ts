// Where a missing piece is in the build, if not in the image: "pip install put Flask in the builder
// stage, but only /app was copied" is the sentence a learner needs, not just "Flask is missing".
import type { FileFact, FileNode, StageSimulation } from "../types";
import type { ImageView } from "./imageView";
import { code } from "./reason";

export interface Elsewhere<F = undefined> {
  stage: StageSimulation;
  node: FileNode;
  fact: F;
}

/** Stages other than the image's own (and the stages its FROM chain already includes). */
function otherStages(view: ImageView): StageSimulation[] {
  const chain = new Set(view.stage.layers.map((layer) => layer.stage));
  return view.all.filter((stage) => !chain.has(stage.stage));
}

export function factElsewhere<K extends FileFact["kind"]>(
  view: ImageView,
  kind: K,
  accept: (fact: Extract<FileFact, { kind: K }>, node: FileNode) => boolean,
): Elsewhere<Extract<FileFact, { kind: K }>> | null {
  for (const stage of otherStages(view)) {
    for (const node of stage.files) {
      for (const fact of node.facts) {
        if (fact.kind === kind && accept(fact as Extract<FileFact, { kind: K }>, node))
          return { stage, node, fact: fact as Extract<FileFact, { kind: K }> };
      }
    }
  }
  return null;
}

export function fileElsewhere(view: ImageView, name: string): Elsewhere | null {
  for (const stage of otherStages(view)) {
    // What a base image ships is better had from a base image that has it than copied out of one.
    const node = stage.files.find(
      (file) => file.path.endsWith(`/${name}`) && file.type !== "dir" && file.origin.kind !== "base",
    );
    if (node) return { stage, node, fact: undefined };
  }
  return null;
}

/** "line 4 (`RUN pip install -r requirements.txt`)", or where else the file came from. */
export function madeBy(stage: StageSimulation, node: FileNode): string {
  const line = node.copiedFrom?.line ?? (node.origin.kind === "step" ? node.origin.line : null);
  if (line === null) return node.origin.kind === "base" ? "its base image" : "the build context";
  const layer = stage.layers.find((candidate) => candidate.line === line);
  return layer ? `line ${line} (${code(layer.instruction)})` : `line ${line}`;
}
