// How a stage's instruction reaches other stages: the edges the graph resolved for it (a trigger
// instruction is shared by every child stage, so edges are told apart by their stage), the source a
// COPY --from reads, and the step a copy or mount waits for.
import type { Edge } from "../graph/types";
import type { Instruction } from "../parse/types";
import type { StageIndex } from "../stages/types";
import { readCopyFlags } from "./copy/copyFlags";
import type { CopySource } from "./copy/copySources";
import type { StageEnvironment } from "./simulateStage";

/** Where a COPY --from reads: a simulated earlier stage, an external image, or nothing usable. */
export function copySource(instruction: Instruction, stage: StageIndex, env: StageEnvironment): CopySource {
  const edge = edgesOf(instruction, stage, env).find((e) => e.kind === "copy");
  if (!edge)
    return {
      kind: "unavailable",
      name: readCopyFlags(instruction).from ?? "?",
      reason: "the --from value is invalid",
    };
  if (typeof edge.from === "string") return env.imageSource(edge.from);
  const done = edge.from < stage ? env.done.get(edge.from) : undefined;
  if (!done) {
    return {
      kind: "unavailable",
      name: edge.fromText,
      reason: "that stage could not be simulated (a cycle, or a stage defined later)",
    };
  }
  return {
    kind: "stage",
    stage: edge.from,
    name: edge.fromText,
    tree: done.fs,
    layers: done.sim.layers,
    unknownRoots: done.unknownRoots,
    cacheKey: done.key,
  };
}

export function edgesOf(instruction: Instruction, stage: StageIndex, env: StageEnvironment): Edge[] {
  return (env.edgesByInstruction.get(instruction) ?? []).filter((e) => e.to === stage);
}

/** The last step of a stage, which a COPY --from or a mount of it waits for. */
export function stageTail(stage: StageIndex, env: StageEnvironment): string[] {
  const id = env.done.get(stage)?.lastStepId;
  return id ? [id] : [];
}
