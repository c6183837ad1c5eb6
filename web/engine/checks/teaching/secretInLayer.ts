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
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const SECRET_IN_LAYER = "secret-in-layer";
const URL = "https://docs.docker.com/build/building/secrets/";

/** The secret-looking names (BuildKit's own test) an ARG or ENV instruction declares. */
function declaredSecrets(instruction: Instruction): string[] {
  if (instruction.keyword === "ARG")
    return instruction.args.map((word) => splitArg(word.value).name).filter(looksLikeSecret);
  if (instruction.keyword === "ENV")
    return (instruction.pairs ?? []).map((pair) => pair.key.value).filter(looksLikeSecret);
  return [];
}

/** The secret-looking names each stage ends with, its FROM chain's included; computed once per stage. */
function stageSecrets(input: TeachingCheckInput): (stage: Stage) => ReadonlySet<string> {
  const known = new Map<number, Set<string>>();
  const of = (stage: Stage): Set<string> => {
    let names = known.get(stage.index);
    if (!names) {
      const parent = stage.baseStage !== null ? input.stages[stage.baseStage] : undefined;
      names = new Set(parent ? of(parent) : []);
      for (const instruction of stage.instructions)
        for (const name of declaredSecrets(instruction)) names.add(name);
      known.set(stage.index, names);
    }
    return names;
  };
  return of;
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

/** How the image carries a file a layer wrote: the layer itself, or a copy of the file. Built once. */
function shippedIn(image: StageSimulation): (layer: Layer, node: FileNode) => Shipped | null {
  const layers = new Set(image.layers.map((layer) => layer.id));
  const copies = new Map<string, FileNode>();
  for (const file of image.files) {
    if (file.copiedFrom && file.origin.kind === "step")
      copies.set(`${file.origin.stage}:${file.origin.line}:${file.copiedFrom.path}`, file);
  }
  return (layer, node) => {
    if (layers.has(layer.id)) return { copyLine: null, path: node.path };
    const copied = copies.get(`${layer.stage}:${layer.line}:${node.path}`);
    return copied?.copiedFrom ? { copyLine: copied.copiedFrom.line, path: copied.path } : null;
  };
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
  const secretsOf = stageSecrets(input);
  const shipped = shippedIn(image.stage);
  const diagnostics: Diagnostic[] = [];
  for (const simulated of input.simulation.stages) {
    const stage = input.stages[simulated.stage];
    if (!stage) continue;
    // Each layer once: in the stage that made it, not again in the stages built FROM it.
    const layers = new Map(
      simulated.layers
        .filter((layer) => layer.stage === simulated.stage && layer.kind === "run" && layer.line !== null)
        .map((layer) => [layer.line as number, layer]),
    );
    const parent = stage.baseStage !== null ? input.stages[stage.baseStage] : undefined;
    const names = new Set(parent ? secretsOf(parent) : []);
    for (const instruction of stage.instructions) {
      for (const name of declaredSecrets(instruction)) names.add(name);
      const line = instruction.range.start.line;
      const layer = layers.get(line);
      if (!layer || instruction.keyword !== "RUN" || instruction.json) continue;
      const mounted = new Set(mountedSecretNames(instruction));
      if (names.size === 0 && mounted.size === 0) continue;
      const script = runCommand(instruction);
      if (typeof script !== "string") continue;
      for (const write of variableWrites(script, new Set([...names, ...mounted]))) {
        const node = writtenNode(layer, write.file);
        const how = node ? shipped(layer, node) : null;
        if (!node || !how) continue;
        diagnostics.push(describe(input, line, write, node, how, mounted.has(write.name)));
        break;
      }
    }
  }
  return diagnostics;
};
