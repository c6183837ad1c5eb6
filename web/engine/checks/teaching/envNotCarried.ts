// `ENV VIRTUAL_ENV=/opt/venv` in the build stage, `COPY --from=build /opt/venv /opt/venv` in the
// final one, and `CMD $VIRTUAL_ENV/bin/python app.py`: COPY --from copies files, never a stage's
// config. The final stage starts from its own FROM with its own ENV, so the variable is empty there
// (or, for PATH, holds the final base image's value without the builder's directories). Only a stage
// built FROM another inherits its ENV.
import type { Diagnostic } from "../../diagnostics/types";
import { isStageSource } from "../../graph/types";
import type { Instruction } from "../../parse/types";
import { splitArg } from "../../parse/splitArg";
import type { Stage, StageIndex } from "../../stages/types";
import { finalImage, type FinalImage } from "./finalImage";
import { shellVariables } from "./shellVariables";
import { code, instructionAt, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const ENV_NOT_CARRIED = "env-not-carried";
const URL = "https://docs.docker.com/reference/dockerfile/#env";

/** Names Docker or the shell set in every container and RUN, whatever the stage's ENV: never empty. */
const ALWAYS_SET = new Set([
  "HOME",
  "HOSTNAME",
  "PATH",
  "PWD",
  "OLDPWD",
  "SHLVL",
  "TERM",
  "IFS",
  "PPID",
  "UID",
  "EUID",
  "RANDOM",
  "LINENO",
  "SECONDS",
  "OPTIND",
  "PS1",
  "PS2",
  "PS4",
]);

interface EnvSetting {
  name: string;
  /** The ENV line of the source stage's chain that last set it. */
  line: number;
  /** `NAME=value` as written there. */
  written: string;
  stage: Stage;
}

/** The stage and its FROM ancestors, root first. */
function chainOf(input: TeachingCheckInput, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<StageIndex>();
  for (let at: Stage | undefined = stage; at && !seen.has(at.index);) {
    seen.add(at.index);
    chain.unshift(at);
    at = at.baseStage !== null ? input.stages[at.baseStage] : undefined;
  }
  return chain;
}

/** The instructions of a chain, ONBUILD triggers read as what they run in a child. */
function instructionsOf(chain: readonly Stage[]): Instruction[] {
  return chain.flatMap((stage) => stage.instructions);
}

/** Whether Stageplay can read every name the instructions define: no `ENV $NAME=…`, no other SHELL, no ONBUILD. */
function readable(instructions: readonly Instruction[]): boolean {
  return instructions.every(
    (instruction) =>
      instruction.keyword !== "SHELL" &&
      instruction.keyword !== "ONBUILD" &&
      !(instruction.pairs ?? []).some((pair) => pair.key.value.includes("$")),
  );
}

/** The names ENV sets in a source stage's chain (its base image's ENV excluded), last setting wins. */
function envSettings(chain: readonly Stage[]): Map<string, EnvSetting> {
  const found = new Map<string, EnvSetting>();
  for (const stage of chain) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "ENV") continue;
      for (const pair of instruction.pairs ?? []) {
        found.set(pair.key.value, {
          name: pair.key.value,
          line: instruction.range.start.line,
          written: `${pair.key.value}=${pair.value.value}`,
          stage,
        });
      }
    }
  }
  return found;
}

/** The names ARG declares anywhere in the file: BuildKit and global-arg-not-redeclared speak of those. */
function argNames(input: TeachingCheckInput): Set<string> {
  const names = new Set<string>();
  for (const instruction of input.parse.instructions) {
    if (instruction.keyword !== "ARG") continue;
    for (const word of instruction.args) names.add(splitArg(word.value).name);
  }
  return names;
}

interface Use {
  instruction: Instruction;
  /** What the finding says the variable is empty in, e.g. "this CMD". */
  where: string;
}

/** The shell-form texts of the final image that expand variables: its RUNs, and CMD/ENTRYPOINT. */
function shellUses(input: TeachingCheckInput, image: FinalImage, chain: readonly Stage[]): Use[] {
  const uses: Use[] = [];
  for (const instruction of instructionsOf(chain)) {
    if (instruction.keyword !== "RUN" || instruction.json) continue;
    // `--mount=type=secret,env=NAME` puts NAME in this RUN's environment.
    if (instruction.flags.some((flag) => flag.value !== null && /(^|,)env=/i.test(flag.value))) continue;
    uses.push({ instruction, where: "this RUN" });
  }
  const config = image.stage.config;
  for (const [line, shellForm, keyword] of [
    [config.entrypointLine, config.entrypointShellForm, "ENTRYPOINT"],
    [config.cmdLine, config.cmdShellForm, "CMD"],
  ] as const) {
    if (line === null || !shellForm) continue;
    const instruction = instructionAt(input.parse, line);
    if (instruction?.keyword === keyword) uses.push({ instruction, where: `this ${keyword}` });
  }
  return uses;
}

/** The stages the final image's chain copies files from with COPY --from, with the first such line. */
function copySources(input: TeachingCheckInput, chain: readonly Stage[]): Map<StageIndex, number> {
  const inChain = new Set(chain.map((stage) => stage.index));
  const sources = new Map<StageIndex, number>();
  for (const edge of input.edges) {
    if (edge.kind !== "copy" || !inChain.has(edge.to) || !isStageSource(edge.from)) continue;
    if (inChain.has(edge.from) || sources.has(edge.from)) continue;
    sources.set(edge.from, edge.line);
  }
  return sources;
}

function variableFinding(
  input: TeachingCheckInput,
  setting: EnvSetting,
  use: Use,
  finalStage: Stage,
  copyLine: number,
): Diagnostic {
  return teachingDiagnostic(input, {
    rule: ENV_NOT_CARRIED,
    severity: "warning",
    line: use.instruction.range.start.line,
    message: `ENV ${setting.name} is set in stage ${setting.stage.displayName} (line ${setting.line}), but ENV does not travel with COPY --from (line ${copyLine}): the final stage starts without it, so ${code(`$${setting.name}`)} is empty in ${use.where}. Only a stage built FROM another inherits its ENV.`,
    fix: `Repeat ${code(`ENV ${setting.written}`)} in stage ${finalStage.displayName}, after its FROM on line ${finalStage.line}.`,
    url: URL,
  });
}

/** The command's first word as the container looks it up on PATH, or null when it has a slash. */
function commandName(image: FinalImage, input: TeachingCheckInput): string | null {
  const command = input.simulation.image?.verdict.command ?? null;
  if (!command || command.length === 0) return null;
  const config = image.stage.config;
  const shell = config.entrypointLine !== null ? config.entrypointShellForm : config.cmdShellForm;
  const first = shell ? (command[command.length - 1] ?? "").trim().split(/\s+/)[0] : command[0];
  return first && !first.includes("/") && !first.includes("$") ? first : null;
}

/**
 * PATH set in the source stage to put a directory first (a venv's bin): the final stage copies the
 * directory and runs a command from it by name, but its PATH is its own base image's.
 */
function pathFinding(
  input: TeachingCheckInput,
  image: FinalImage,
  setting: EnvSetting,
  source: StageIndex,
  finalStage: Stage,
  copyLine: number,
): Diagnostic | null {
  const failing = image.failures.filter((reason) => reason.check !== "build");
  if (failing.length === 0) return null;
  const name = commandName(image, input);
  if (!name) return null;
  const sourceEnv = input.simulation.stages.find((stage) => stage.stage === source)?.config.env ?? {};
  const finalPath = new Set((image.view.env["PATH"] ?? "").split(":"));
  const missing = (sourceEnv["PATH"] ?? "")
    .split(":")
    .filter((dir) => dir.startsWith("/") && !finalPath.has(dir));
  const dir = missing.find((candidate) => {
    const node = image.view.stat(`${candidate}/${name}`);
    return node !== undefined && node.copiedFrom?.from === source;
  });
  if (!dir) return null;
  const line = image.stage.config.entrypointLine ?? image.stage.config.cmdLine;
  if (line === null) return null;
  return teachingDiagnostic(input, {
    rule: ENV_NOT_CARRIED,
    severity: failing.some((reason) => reason.unsure !== true) ? "warning" : "info",
    line,
    message: `ENV PATH is set in stage ${setting.stage.displayName} (line ${setting.line}) to put ${dir} first, but ENV does not travel with COPY --from (line ${copyLine}): the final stage starts with its own base image's PATH, without ${dir}, so ${code(name)} is not looked up there. Only a stage built FROM another inherits its ENV.`,
    fix: `Repeat ${code(`ENV ${setting.written}`)} in stage ${finalStage.displayName}, after its FROM on line ${finalStage.line}, or start the command by its full path (${code(`${dir}/${name}`)}).`,
    url: URL,
  });
}

export const envNotCarried: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image || input.target === null) return [];
  const finalStage = input.stages[input.target];
  if (!finalStage) return [];
  // The final image's ENV holds its base image's: unknown for an image Stageplay does not know.
  if (finalStage.base === "" || image.view.resolution?.unknown === true) return [];
  const chain = chainOf(input, finalStage);
  if (!readable(instructionsOf(chain))) return [];
  const finalEnv = image.view.env;
  const args = argNames(input);
  const diagnostics: Diagnostic[] = [];
  // What each name's first source stage set, so every use is read once however many stages it copies from.
  const carried = new Map<string, { setting: EnvSetting; copyLine: number }>();
  let pathReported = false;
  for (const [source, copyLine] of copySources(input, chain)) {
    const sourceStage = input.stages[source];
    if (!sourceStage) continue;
    const settings = envSettings(chainOf(input, sourceStage));
    const path = settings.get("PATH");
    if (path && !pathReported) {
      const finding = pathFinding(input, image, path, source, finalStage, copyLine);
      if (finding) diagnostics.push(finding);
      pathReported = finding !== null;
    }
    for (const [name, setting] of settings) {
      if (!carried.has(name)) carried.set(name, { setting, copyLine });
    }
  }
  if (carried.size === 0) return diagnostics;
  for (const use of shellUses(input, image, chain)) {
    const variables = shellVariables(use.instruction.text);
    if (variables.opaque) continue;
    for (const [name, { defaulted }] of variables.uses) {
      const found = carried.get(name);
      if (!found || defaulted || variables.set.has(name) || ALWAYS_SET.has(name)) continue;
      if (Object.hasOwn(finalEnv, name) || args.has(name)) continue;
      diagnostics.push(variableFinding(input, found.setting, use, finalStage, found.copyLine));
    }
  }
  return diagnostics;
};
