// The script an interpreter is given (`python app.py`, `node server.js`): when it is missing, say
// why — the image's ENTRYPOINT already is the interpreter, the file lies elsewhere, or it was never
// copied out of the stage that has it.
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { fileElsewhere, madeBy } from "./otherStages";
import { basename } from "./paths";
import { underUnknownRoot } from "../unknownRoots";
import { code, execForm } from "./reason";

const INTERPRETER_NAMES = new Set(["python", "python3", "node", "nodejs", "java"]);

/** Why `word` (launch.words[index]) is not there, and the fix. */
export function missingAppHint(
  view: ImageView,
  launch: Launch,
  index: number,
  path: string,
): { message: string; fix: string } {
  const word = launch.words[index] ?? "";
  const doubled =
    INTERPRETER_NAMES.has(basename(word)) && index >= launch.entrypointWords && launch.entrypointWords > 0;
  if (doubled) {
    const entrypoint = launch.words.slice(0, launch.entrypointWords);
    const rest = launch.words.slice(index + 1);
    return {
      message: `The image's ENTRYPOINT is already ${code(execForm(entrypoint))}, so CMD only gives it arguments: the container runs ${code(launch.words.join(" "))}, and ${basename(launch.words[0] ?? "")} looks for a file called ${word} (${path}).`,
      fix: `Give CMD only the arguments: ${code(`CMD ${execForm(rest)}`)}.`,
    };
  }
  const here = view.named(basename(path)).find((node) => node.type !== "dir");
  if (here) {
    return {
      message: `There is ${here.path}; relative paths start from WORKDIR (${view.workdir}).`,
      fix: `Use ${code(here.path)} in the command, or set ${code(`WORKDIR`)} to its directory.`,
    };
  }
  const there = fileElsewhere(view, basename(path));
  if (there) {
    return {
      message: `It is in another stage at ${there.node.path} (from ${madeBy(there.stage, there.node)}), but nothing copies it into this image.`,
      fix: `Copy it: ${code(`COPY --from=<stage> ${there.node.path} ${path}`)}.`,
    };
  }
  // A copy or step Stageplay cannot see into may hold it: say which, not that nothing does.
  const covering = view.unknownLayers.filter(
    (layer) => layer.line !== null && underUnknownRoot(layer.unknownUnder, path),
  );
  // This image's own step first: the COPY that brought the unknown files in.
  const unseen = covering.find((layer) => layer.stage === view.stage.stage) ?? covering[0];
  if (unseen) {
    return {
      message: `Stageplay cannot see whether line ${unseen.line} (${code(unseen.instruction)}) puts it there; relative paths start from WORKDIR (${view.workdir}).`,
      fix: `Make sure that step provides ${path}, or copy the application into the image.`,
    };
  }
  return {
    message: `No COPY puts it there; relative paths start from WORKDIR (${view.workdir}).`,
    fix: `Copy the application into the image (e.g. ${code(`COPY . ${view.workdir === "/" ? "/app" : view.workdir}`)}) or fix the path.`,
  };
}
