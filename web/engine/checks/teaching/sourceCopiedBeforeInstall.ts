// `COPY . .` then `RUN npm ci` in the same stage: a step's cache key covers the files every step
// before it copied, so an edit to any file of the context (one line of app.js) changes the COPY's key
// and every step after it runs again, the dependency install included. Copying the manifest first,
// installing, then copying the rest keeps the install cached until the manifest itself changes.
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import type { Stage } from "../../stages/types";
import { dependencyInstall, type DependencyInstall } from "./dependencyInstall";
import { simpleCommands } from "./shellCommands";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const SOURCE_COPIED_BEFORE_INSTALL = "source-copied-before-install";
const URL = "https://docs.docker.com/build/cache/optimize/#order-your-layers";

interface WholeContextCopy {
  instruction: Instruction;
  /** The destination as written, e.g. `.` or `/app`. */
  destination: string;
}

/** A COPY or ADD of the whole build context (`COPY . .`, `COPY ./ /app`), or null. */
function wholeContextCopy(instruction: Instruction): WholeContextCopy | null {
  if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") return null;
  if (instruction.flags.some((flag) => flag.name.replace(/^--/, "") === "from")) return null;
  if (instruction.heredocs.length > 0 || instruction.args.length < 2) return null;
  const words = instruction.args.map((word) => word.value);
  const destination = words[words.length - 1] as string;
  const sources = words.slice(0, -1);
  return sources.some((source) => /^\.\/?$/.test(source)) ? { instruction, destination } : null;
}

/**
 * Commands that may run before the install in the same RUN without reading the copied source:
 * moving the install above the COPY would then save the whole RUN. After anything else (`yarn
 * build && yarn install --production`) the RUN re-runs for its own reasons.
 */
const SETUP = new Set([
  "cd",
  "mkdir",
  "set",
  "export",
  "echo",
  "printf",
  "true",
  "ls",
  "pwd",
  "umask",
  "touch",
  "apk",
  "apt-get",
  "apt",
  "yum",
  "dnf",
  "microdnf",
  "groupadd",
  "useradd",
  "addgroup",
  "adduser",
  "corepack",
  "rm",
]);

/** The dependency install a RUN's shell form starts with, after setup commands only. */
function installIn(instruction: Instruction): DependencyInstall | null {
  if (instruction.keyword !== "RUN" || instruction.json) return null;
  for (const words of simpleCommands(instruction.text)) {
    const install = dependencyInstall(words);
    if (install) return install;
    if (!SETUP.has(words[0] ?? "")) return null;
  }
  return null;
}

/** Every dependency install that runs in `instructions` (any position in a RUN). */
function installsIn(instructions: readonly Instruction[]): DependencyInstall[] {
  return instructions.flatMap((instruction) =>
    instruction.keyword === "RUN" && !instruction.json
      ? simpleCommands(instruction.text).flatMap((words) => dependencyInstall(words) ?? [])
      : [],
  );
}

/** The stage's FROM chain up to (not including) `stage` itself, root first. */
function ancestors(input: TeachingCheckInput, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let at = stage.baseStage; at !== null;) {
    const parent = input.stages[at];
    if (!parent) break;
    chain.unshift(parent);
    at = parent.baseStage;
  }
  return chain;
}

/**
 * The manifests the COPY brought from the context, when Stageplay read the context: null when it
 * does not know (no context given), else those of `manifests` that are there, at the context's root.
 */
function copiedManifests(
  input: TeachingCheckInput,
  stage: Stage,
  copy: Instruction,
  manifests: readonly string[],
): string[] | null {
  const simulated = input.simulation.stages.find((candidate) => candidate.stage === stage.index);
  const layer = simulated?.layers.find((candidate) => candidate.line === copy.range.start.line);
  if (!layer || layer.knowledge !== "known") return null;
  const copied = new Set(
    layer.added.flatMap((node) => (node.origin.kind === "context" ? [node.origin.path] : [])),
  );
  return manifests.filter((manifest) => copied.has(manifest.replace(/^\.\//, "")));
}

function describe(
  input: TeachingCheckInput,
  copy: WholeContextCopy,
  run: Instruction,
  install: DependencyInstall,
  manifests: readonly string[],
): Diagnostic {
  const copyLine = copy.instruction.range.start.line;
  const runLine = run.range.start.line;
  const destination = copy.destination.endsWith("/") ? copy.destination : `${copy.destination}/`;
  const plainFiles = manifests.every((manifest) => /^[\w.-]+$/.test(manifest));
  const copyFirst = plainFiles
    ? code(`COPY ${manifests.join(" ")} ${destination}`)
    : `a COPY of ${manifests.map(code).join(" and ")}`;
  const keyword = copy.instruction.keyword;
  return teachingDiagnostic(input, {
    rule: SOURCE_COPIED_BEFORE_INSTALL,
    severity: "warning",
    line: copyLine,
    message: `This ${keyword} copies the whole build context before ${code(install.command)} on line ${runLine}: a step's cache key covers every file copied before it, so an edit to any source file re-runs the install, and every dependency is downloaded again although ${manifests.map(code).join(" and ")} did not change.`,
    fix: `Copy what the install reads first, install, then copy the rest: ${copyFirst}, then ${code(`RUN ${install.command}`)}, then ${code(`${keyword} . ${copy.destination}`)}. The install then re-runs only when ${manifests.length === 1 ? "that file changes" : "those files change"}.${manifests.includes("package.json") ? " In a monorepo, copy every workspace's package.json (and the workspace file, such as pnpm-workspace.yaml) before installing too." : ""}`,
    url: URL,
  });
}

export const sourceCopiedBeforeInstall: TeachingCheck = (input) => {
  const diagnostics: Diagnostic[] = [];
  for (const index of input.built) {
    const stage = input.stages[index];
    if (!stage) continue;
    let copy: WholeContextCopy | null = null;
    const before = ancestors(input, stage).flatMap((ancestor) => ancestor.instructions);
    for (const instruction of stage.instructions) {
      if (!copy) {
        copy = wholeContextCopy(instruction);
        if (!copy) before.push(instruction);
        continue;
      }
      const install = installIn(instruction);
      if (!install) continue;
      // The dependencies were installed from the manifest before the COPY (`uv sync
      // --no-install-project`, then `uv sync`): this install adds the project itself, which needs
      // its source, and finds the dependencies already there.
      const earlier = installsIn(before);
      if (earlier.some((other) => other.manifests.some((file) => install.manifests.includes(file)))) break;
      const copied = copiedManifests(input, stage, copy.instruction, install.manifests);
      // The context is known and holds none of the files: the install reads something else.
      if (copied !== null && copied.length === 0) break;
      diagnostics.push(describe(input, copy, instruction, install, copied ?? install.manifests));
      break;
    }
  }
  return diagnostics;
};
