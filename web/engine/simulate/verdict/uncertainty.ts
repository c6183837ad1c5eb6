// A failing reason is certain only when no step of unknown effect could have supplied the missing
// piece. When one could, the message says so instead of claiming failure flatly.
import type { Layer } from "../types";
import type { ImageView } from "./imageView";
import { code, type Reason } from "./reason";

function describe(layers: readonly Layer[]): string {
  const shown = layers
    .slice(0, 3)
    .map((layer) =>
      layer.line === null ? code(layer.instruction) : `line ${layer.line} (${code(layer.instruction)})`,
    );
  const more = layers.length > 3 ? ` and ${layers.length - 3} more` : "";
  return shown.join(", ") + more;
}

/** The reasons with doubts spelled out, and whether the verdict is certain. */
export function weighDoubts(
  view: ImageView,
  reasons: readonly Reason[],
): { reasons: Reason[]; certain: boolean } {
  const unknown = view.unknownLayers;
  const unknownImage = view.resolution?.unknown === true;
  let certain = !unknownImage;
  const weighed = reasons.map((reason) => {
    if (reason.doubtful) certain = false;
    if (reason.ok || unknown.length === 0) return reason;
    certain = false;
    return {
      ...reason,
      message: `${reason.message} Stageplay cannot tell everything ${describe(unknown)} did: if ${unknown.length === 1 ? "that step" : "one of those steps"} provided what is missing, the image would get further.`,
    };
  });
  const first = weighed[0];
  if (unknownImage && first) {
    const image = view.resolution?.reference.raw ?? "the base image";
    weighed[0] = {
      ...first,
      message: `${first.message} Stageplay does not know ${image}: what it holds (shell, libc, runtimes, users) is a guess.`,
    };
  }
  return { reasons: weighed, certain };
}
