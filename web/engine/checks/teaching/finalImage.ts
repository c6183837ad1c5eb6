// The target image as the teaching checks see it: its simulated stage, the verdict's view of its
// files (base image facts from the catalog included, symlinks followed) and the verdict's failing
// reasons, so a check that shares a root cause with the verdict can say the same thing at the same line.
import type { BaseImageResolution } from "../../simulate/catalog/types";
import type { StageSimulation, VerdictCheck, VerdictReason } from "../../simulate/types";
import { imageView, type ImageView } from "../../simulate/verdict/imageView";
import type { TeachingCheckInput } from "./types";

export interface FinalImage {
  stage: StageSimulation;
  view: ImageView;
  /** The verdict's reasons that say the image would not start. */
  failures: readonly VerdictReason[];
}

export function finalImage(input: TeachingCheckInput): FinalImage | null {
  const image = input.simulation.image;
  if (!image) return null;
  const stage = input.simulation.stages.find((candidate) => candidate.stage === image.target);
  if (!stage) return null;
  return {
    stage,
    view: imageView(stage, input.simulation.stages),
    failures: image.verdict.reasons.filter((reason) => !reason.ok),
  };
}

/** The verdict's failing reason of `check` (at `line`, when given): the sentence a check must agree with. */
export function verdictFailure(
  image: FinalImage,
  check: VerdictCheck,
  line?: number | null,
): VerdictReason | undefined {
  return image.failures.find(
    (reason) => reason.check === check && (line === undefined || reason.line === line),
  );
}

/** The 1-based line that made `path` visible in the image: its COPY or RUN, or null for the base image. */
export function lineOfPath(image: FinalImage, path: string): number | null {
  const node = image.view.stat(path);
  return node ? image.view.lineOf(node) : null;
}

/** Whether a user (as USER writes it) is root. */
export function isRootUser(user: string): boolean {
  const name = user.split(":")[0] ?? "";
  return name === "" || name === "root" || name === "0";
}

/** The catalog resolution at the root of a stage's FROM chain (null for scratch), without building a view. */
export function rootResolution(
  stage: StageSimulation,
  all: readonly StageSimulation[],
): BaseImageResolution | null {
  if (stage.base) return stage.base;
  const baseLayer = stage.layers.find((layer) => layer.kind === "base");
  if (!baseLayer || baseLayer.stage === stage.stage) return null;
  return all.find((other) => other.stage === baseLayer.stage)?.base ?? null;
}
