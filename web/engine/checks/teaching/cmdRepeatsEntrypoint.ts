// `CMD ["node", "server.js"]` on an image whose ENTRYPOINT already is node (distroless nodejs, or an
// ENTRYPOINT ["python"]): CMD only gives the entrypoint arguments, so the container runs
// `node node server.js` and node looks for a script called "node".
import { effectiveCommand } from "../../simulate/verdict/effectiveCommand";
import { basename, joinPath } from "../../simulate/verdict/paths";
import { execForm } from "../../simulate/verdict/reason";
import { finalImage, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const CMD_REPEATS_ENTRYPOINT = "cmd-repeats-entrypoint";

/** Which interpreter a command word starts: "node", "python", "java", or null. */
function family(word: string): string | null {
  const name = basename(word);
  if (name === "node" || name === "nodejs") return "node";
  if (/^python(\d+(\.\d+)?)?$/.test(name)) return "python";
  return name === "java" ? "java" : null;
}

function missingScriptError(kind: string, path: string): string {
  if (kind === "node") return `Error: Cannot find module '${path}'`;
  if (kind === "python") return `python3: can't open file '${path}': [Errno 2] No such file or directory`;
  return `Error: Could not find or load main class ${basename(path)}`;
}

export const cmdRepeatsEntrypoint: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const config = image.stage.config;
  const command = effectiveCommand(image.stage);
  if (command.shell || config.cmdShellForm || config.cmdLine === null || command.entrypointWords !== 1)
    return [];
  const entrypoint = command.argv[0] ?? "";
  const first = command.argv[1];
  const kind = family(entrypoint);
  if (first === undefined || kind === null || family(first) !== kind) return [];
  const rest = command.argv.slice(2);
  const verdict =
    verdictFailure(image, "interpreter", config.cmdLine) ?? verdictFailure(image, "command", config.cmdLine);
  const runtimeError = verdict?.runtimeError ?? missingScriptError(kind, joinPath(image.view.workdir, first));
  const from =
    config.entrypointLine === null
      ? "the base image's ENTRYPOINT"
      : `ENTRYPOINT (line ${config.entrypointLine})`;
  return [
    teachingDiagnostic(input, {
      rule: CMD_REPEATS_ENTRYPOINT,
      severity: "error",
      line: config.cmdLine,
      message: `${from} is already ${code(execForm([entrypoint]))}, so CMD only gives it arguments: the container runs ${code([entrypoint, ...command.argv.slice(1)].join(" "))}, and ${kind} takes ${first} for the script to run, failing with ${code(runtimeError)}.`,
      fix: verdict?.fix ?? `Give CMD only the arguments: ${code(`CMD ${execForm(rest)}`)}.`,
      url: "https://github.com/GoogleContainerTools/distroless/blob/main/examples/nodejs/Dockerfile",
    }),
  ];
};
