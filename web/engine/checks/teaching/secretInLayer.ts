// `ARG NPM_TOKEN` then `RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc`: the
// token is now a file in that RUN's layer. When the image ships that layer (the RUN is in the final
// stage's chain) or the file (a COPY --from brings it over), anyone who pulls the image can read
// it, and a later `RUN rm .npmrc` only hides it: layers only add. A secret mount gives the RUN the
// file without writing it to any layer.
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import { splitArg } from "../../parse/splitArg";
import { readMountFlagOf } from "../../graph/readMountFlag";
import { runCommand } from "../../simulate/runStep";
import type { FileNode, Layer, StageSimulation } from "../../simulate/types";
import type { Stage } from "../../stages/types";
import { looksLikeSecret } from "../buildkit/rules/secretsUsedInArgOrEnv";
import { finalImage } from "./finalImage";
import { variableWrites, type VariableWrite } from "./secretWrites";
import { code, instructionAt, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const SECRET_IN_LAYER = "secret-in-layer";
const URL = "https://docs.docker.com/build/building/secrets/";

/** Secret-looking ARG and ENV names the stage chain declares before `line` (BuildKit's own test). */
function secretNames(input: TeachingCheckInput, stage: Stage, line: number): Set<string> {
  const names = new Set<string>();
  const chain: Stage[] = [];
  for (let at: Stage | undefined = stage; at;) {
    chain.unshift(at);
    at = at.baseStage !== null ? input.stages[at.baseStage] : undefined;
  }
  for (const member of chain) {
    for (const instruction of member.instructions) {
      if (instruction.range.start.line >= line) break;
      if (instruction.keyword === "ARG")
        for (const word of instruction.args) names.add(splitArg(word.value).name);
      if (instruction.keyword === "ENV")
        for (const pair of instruction.pairs ?? []) names.add(pair.key.value);
    }
  }
  return new Set([...names].filter(looksLikeSecret));
}

/** The variables a RUN's secret mounts put in its environment (`--mount=type=secret,id=npm,env=NPM_TOKEN`). */
function mountedSecretNames(instruction: Instruction): string[] {
  return instruction.flags.flatMap((flag) => {
    if (flag.name.replace(/^--/, "") !== "mount" || flag.value === null) return [];
    const { fields, error } = readMountFlagOf(flag);
    if (error) return [];
    const value = (key: string) => fields.find((field) => field.key === key)?.value ?? undefined;
    return value("type")?.toLowerCase() === "secret" && value("env") ? [value("env") as string] : [];
  });
}

/** The node of the layer the write made, matched by the path as the shell named it. */
function writtenNode(layer: Layer, file: string): FileNode | undefined {
  const nodes = [...layer.added, ...layer.modified].filter((node) => node.type === "file");
  if (file.includes("$") && !/^\$\{?HOME\}?\//.test(file)) return undefined;
  const home = file.replace(/^(~|\$\{?HOME\}?)\//, "/");
  if (home.startsWith("/") && home !== file) return nodes.find((node) => node.path.endsWith(home));
  if (file.startsWith("/")) return nodes.find((node) => node.path === file.replace(/\/+$/, ""));
  const relative = `/${file.replace(/^(\.\/)+/, "")}`;
  return nodes.find((node) => node.path.endsWith(relative));
}

interface Shipped {
  /** The COPY --from line that brought the file into the image, or null when the layer itself ships. */
  copyLine: number | null;
  path: string;
}

/** How the image carries what `layer` wrote at `node`, if it does. */
function shipped(image: StageSimulation, layer: Layer, node: FileNode): Shipped | null {
  if (image.layers.some((candidate) => candidate.id === layer.id)) return { copyLine: null, path: node.path };
  const copied = image.files.find(
    (file) =>
      file.copiedFrom &&
      file.copiedFrom.from === layer.stage &&
      file.copiedFrom.path === node.path &&
      file.origin.kind === "step" &&
      file.origin.line === layer.line,
  );
  return copied?.copiedFrom ? { copyLine: copied.copiedFrom.line, path: copied.path } : null;
}

function secretId(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/^\.+/, "");
  return /^[\w.-]+$/.test(name) && name !== "" ? name : "token";
}

function describe(
  input: TeachingCheckInput,
  line: number,
  write: VariableWrite,
  node: FileNode,
  how: Shipped,
  mounted: boolean,
): Diagnostic {
  const where =
    how.copyLine === null
      ? `this RUN's layer is part of the image, so anyone who pulls it can read the value, even if a later RUN deletes the file: the delete only hides it in a newer layer`
      : `the COPY --from on line ${how.copyLine} puts the file in the image as ${how.path}, so anyone who pulls it can read the value`;
  const id = secretId(node.path);
  return teachingDiagnostic(input, {
    rule: SECRET_IN_LAYER,
    severity: "warning",
    line,
    message: `This RUN writes ${code(`$${write.name}`)} into ${node.path}: ${where}.`,
    fix: mounted
      ? `Keep the secret out of files the layer keeps: mount the whole file as the secret (${code(`RUN --mount=type=secret,id=${id},target=${node.path} …`)}), or delete it in the same RUN that writes it, after the command that reads it.`
      : `Give the RUN the file as a secret mount, which never reaches a layer: ${code(`RUN --mount=type=secret,id=${id},target=${node.path} …`)}, built with ${code(`docker build --secret id=${id},src=<file on your machine> .`)}, and drop ${code(`$${write.name}`)} from the Dockerfile's ARG and ENV lines.`,
    url: URL,
  });
}

export const secretInLayer: TeachingCheck = (input) => {
  const image = finalImage(input);
  // A build that stops makes no image: nothing ships.
  if (!image || image.failures.some((reason) => reason.check === "build")) return [];
  const diagnostics: Diagnostic[] = [];
  for (const simulated of input.simulation.stages) {
    const stage = input.stages[simulated.stage];
    if (!stage) continue;
    for (const layer of simulated.layers) {
      // Each layer once: in the stage that made it, not again in the stages built FROM it.
      if (layer.stage !== simulated.stage || layer.kind !== "run" || layer.line === null) continue;
      const instruction = instructionAt(input.parse, layer.line);
      if (!instruction || instruction.keyword !== "RUN" || instruction.json) continue;
      const names = secretNames(input, stage, layer.line);
      const mounted = new Set(mountedSecretNames(instruction));
      for (const name of mounted) names.add(name);
      const script = runCommand(instruction);
      if (typeof script !== "string") continue;
      for (const write of variableWrites(script, names)) {
        const node = writtenNode(layer, write.file);
        const how = node ? shipped(image.stage, layer, node) : null;
        if (!node || !how) continue;
        diagnostics.push(describe(input, layer.line, write, node, how, mounted.has(write.name)));
        break;
      }
    }
  }
  return diagnostics;
};
