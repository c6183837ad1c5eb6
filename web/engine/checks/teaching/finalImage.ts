// The target image as the teaching checks see it: its simulated stage, the verdict's view of its
// files (base image facts from the catalog included, symlinks followed) and the verdict's failing
// reasons, so a check that shares a root cause with the verdict can say the same thing at the same line.
import type { Diagnostic } from "../../diagnostics/types";
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

/**
 * When a step Stageplay could not fully read (an unknown command, an unknown image) might have put
 * in what a check finds missing: the sentence that says so, or null when the simulation is sure.
 * Checks that report an absence then say it as a note instead of an error.
 */
export function doubtAbout(image: FinalImage): string | null {
  // Only a command can conjure files from nowhere: a COPY Stageplay reads partly (a base image's
  // unmodelled tree) copies what that image holds, never a package a build step installed.
  const unknown = image.view.unknownLayers.filter((layer) => layer.line !== null && layer.kind === "run");
  if (unknown.length === 0 && image.view.resolution?.unknown !== true) return null;
  if (unknown.length === 0) return "Stageplay does not know this base image, so it may hold what is missing.";
  const lines = unknown.slice(0, 3).map((layer) => `line ${layer.line}`);
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
  return `Stageplay cannot tell everything ${lines.join(", ")}${more} did: if ${unknown.length === 1 ? "that step" : "one of them"} provides what is missing, the image gets further.`;
}

/**
 * A finding of something missing, weighed by `doubtAbout`: when it is not certain it becomes a note
 * that says why it may be wrong. A warning about a Dockerfile that may well work teaches something false.
 */
export function weighDoubt(diagnostic: Diagnostic, doubt: string | null): Diagnostic {
  if (doubt === null) return diagnostic;
  return { ...diagnostic, severity: "info", message: `${diagnostic.message} ${doubt}` };
}
