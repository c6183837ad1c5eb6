// A failing reason is certain only when no step of unknown effect could have supplied the missing
// piece. When one could, the message says so instead of claiming failure flatly. A step could when
// it is a RUN of this image (a RUN may write anywhere), or a COPY/ADD whose destination covers the
// path the reason is about; a step of another stage only through such a COPY --from.
import type { Layer, VerdictCheck } from "../types";
import type { ImageView } from "./imageView";
import { code, type Reason } from "./reason";
import { underUnknownRoot } from "../unknownRoots";

/** The path a failing check rests on, when it is one file; null when it may be any. */
const PATH_OF_CHECK: Partial<Record<VerdictCheck, string>> = { user: "/etc/passwd" };

function coversPath(node: { path: string; type: string }, path: string): boolean {
  return node.path === path || (node.type === "dir" && path.startsWith(`${node.path}/`));
}

function covers(layer: Layer, paths: readonly string[] | null): boolean {
  if (paths === null) return true;
  return (
    [...layer.added, ...layer.modified].some((node) => paths.some((path) => coversPath(node, path))) ||
    paths.some((path) => underUnknownRoot(layer.unknownUnder, path))
  );
}

/** The unknown steps that could have changed one of `paths` in this image (any path when null). */
function couldChange(view: ImageView, paths: readonly string[] | null): Layer[] {
  const own = new Set(view.stage.layers.map((layer) => layer.id));
  const reaching = view.stage.layers.filter(
    (layer) => layer.kind !== "base" && (layer.kind === "run" || covers(layer, paths)),
  );
  const copiedStages = new Set(
    reaching.flatMap((layer) =>
      [...layer.added, ...layer.modified]
        .filter((node) => paths === null || paths.some((path) => coversPath(node, path)))
        .map((node) => node.copiedFrom?.from)
        .filter((from) => typeof from === "number"),
    ),
  );
  return view.unknownLayers.filter((layer) =>
    own.has(layer.id) ? reaching.includes(layer) : copiedStages.has(layer.stage),
  );
}

function lineOf(layer: Layer): string {
  return layer.line === null ? code(layer.instruction) : `line ${layer.line} (${code(layer.instruction)})`;
}

/** "line 2 (`…`)", "line 2 (`…`) and line 5 (`…`)", "…, … and 2 more". */
function listSteps(layers: readonly Layer[]): string {
  const shown = layers.slice(0, 3).map(lineOf);
  const rest = layers.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/**
 * The reasons with doubts spelled out; whether the verdict is certain (no doubt anywhere); and
 * whether it is certain that the image does not start: some failing reason has no doubt of its own.
 * A failing reason an unknown step or image may undo is marked `unsure`.
 */
export function weighDoubts(
  view: ImageView,
  reasons: readonly Reason[],
): { reasons: Reason[]; certain: boolean; certainFailure: boolean } {
  const unknownImage = view.resolution?.unknown === true;
  let certain = !unknownImage;
  const weighed = reasons.map((reason): Reason => {
    if (reason.doubtful) certain = false;
    // What an image Stageplay does not know holds may undo any failure.
    const doubted = reason.doubtful === true || unknownImage;
    const steps =
      reason.ok || view.unknownLayers.length === 0
        ? []
        : couldChange(
            view,
            reason.paths ?? (PATH_OF_CHECK[reason.check] ? [PATH_OF_CHECK[reason.check] as string] : null),
          );
    if (steps.length === 0) return doubted && !reason.ok ? { ...reason, unsure: true } : reason;
    certain = false;
    const which = steps.length === 1 ? "it" : "one of them";
    return {
      ...reason,
      unsure: true,
      message: `${reason.message} Stageplay cannot fully tell what ${listSteps(steps)} did: if ${which} provided what is missing, the image would get further.`,
    };
  });
  const first = weighed[0];
  // Said once: a hint may already have named the image as unknown.
  if (unknownImage && first && !first.message.includes("Stageplay does not know")) {
    const image = view.resolution?.reference.raw ?? "the base image";
    weighed[0] = {
      ...first,
      message: `${first.message} Stageplay does not know ${image}: what it holds (shell, libc, runtimes, users) is a guess.`,
    };
  }
  return {
    reasons: weighed,
    certain,
    certainFailure: weighed.some((reason) => !reason.ok && !reason.unsure),
  };
}
