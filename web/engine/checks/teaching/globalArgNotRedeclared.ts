// `ARG BIN_DIR=/opt/bin` before the first FROM, then `RUN mkdir -p $BIN_DIR` in a stage: an ARG
// declared before FROM is visible only to FROM lines. Inside a stage it exists only after `ARG
// BIN_DIR`, so the RUN's shell sees an empty variable. BuildKit's UndefinedVar reports such a name in
// the words BuildKit expands (COPY, WORKDIR, ENV…) but never in RUN, where the shell expands it:
// this check covers RUN only, so the two never say the same thing twice.
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import { splitArg } from "../../parse/splitArg";
import { resolveBaseImage } from "../../simulate/catalog/resolveBaseImage";
import type { Stage } from "../../stages/types";
import { shellVariables } from "./shellVariables";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const GLOBAL_ARG_NOT_REDECLARED = "global-arg-not-redeclared";
const URL = "https://docs.docker.com/build/building/variables/#scoping";

/** Build arguments BuildKit hands to every RUN without an ARG line (proxies), or reads itself. */
const PREDEFINED =
  /^(HTTPS?_PROXY|FTP_PROXY|NO_PROXY|ALL_PROXY|https?_proxy|ftp_proxy|no_proxy|all_proxy|SOURCE_DATE_EPOCH|BUILDKIT_.*)$/;

interface GlobalArg {
  name: string;
  line: number;
}

/** The ARGs before the first FROM that have a non-empty default: what a learner means to share. */
function globalArgs(instructions: readonly Instruction[]): Map<string, GlobalArg> {
  const found = new Map<string, GlobalArg>();
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") break;
    if (instruction.keyword !== "ARG") continue;
    for (const word of instruction.args) {
      const { name, defaultText } = splitArg(word.value);
      if (defaultText === null || defaultText === "" || PREDEFINED.test(name)) continue;
      found.set(name, { name, line: instruction.range.start.line });
    }
  }
  return found;
}

/** The names ARG, ENV (and ONBUILD triggers) of the stage's ancestors define, or null when one is not readable. */
function namesFrom(instructions: readonly Instruction[], into: Set<string>): boolean {
  for (const instruction of instructions) {
    const target = instruction.keyword === "ONBUILD" ? instruction.trigger : instruction;
    if (!target) continue;
    if (target.keyword === "ARG") for (const word of target.args) into.add(splitArg(word.value).name);
    if (target.keyword === "ENV") {
      for (const pair of target.pairs ?? []) {
        // `ENV $NAME=…` defines a name only the expansion knows.
        if (pair.key.value.includes("$")) return false;
        into.add(pair.key.value);
      }
    }
    // Another shell (PowerShell's `$name` is not an environment variable) reads `$` its own way.
    if (target.keyword === "SHELL") return false;
  }
  return true;
}

/** The names the root base image's ENV defines; null when the image is not one Stageplay knows. */
function imageEnv(root: Stage): ReadonlySet<string> | null {
  if (root.base === "scratch") return new Set();
  if (root.base === "") return null;
  const resolution = resolveBaseImage(root.base);
  if (resolution.unknown) return null;
  return new Set(Object.keys(resolution.image.config.env));
}

export const globalArgNotRedeclared: TeachingCheck = (input) => {
  const globals = globalArgs(input.parse.instructions);
  if (globals.size === 0) return [];
  const diagnostics: Diagnostic[] = [];
  for (const index of input.built) {
    const stage = input.stages[index];
    if (!stage) continue;
    // The stage's FROM chain, root first: what it inherits.
    const chain: Stage[] = [];
    for (let at: Stage | undefined = stage; at;) {
      chain.unshift(at);
      at = at.baseStage !== null ? input.stages[at.baseStage] : undefined;
    }
    const root = chain[0] as Stage;
    const env = imageEnv(root);
    if (env === null) continue;
    const defined = new Set(env);
    if (!chain.slice(0, -1).every((ancestor) => namesFrom(ancestor.instructions, defined))) continue;
    for (const instruction of stage.instructions) {
      if (!namesFrom([instruction], defined)) break;
      if (instruction.keyword !== "RUN" || instruction.json) continue;
      const finding = emptyGlobals(instruction, globals, defined);
      if (finding.length === 0) continue;
      diagnostics.push(describe(input, stage, instruction, finding));
    }
  }
  return diagnostics;
};

/** The global ARGs a RUN expands that its stage never declared and the script does not set itself. */
function emptyGlobals(
  instruction: Instruction,
  globals: ReadonlyMap<string, GlobalArg>,
  defined: ReadonlySet<string>,
): GlobalArg[] {
  const variables = shellVariables(instruction.text);
  if (variables.opaque) return [];
  // `--mount=type=secret,env=NAME` puts NAME in this RUN's environment.
  const mounted = instruction.flags.some((flag) => flag.value !== null && /(^|,)env=/i.test(flag.value));
  if (mounted) return [];
  const found: GlobalArg[] = [];
  for (const [name, { defaulted }] of variables.uses) {
    const global = globals.get(name);
    if (!global || defaulted || defined.has(name) || variables.set.has(name)) continue;
    found.push(global);
  }
  return found;
}

function describe(
  input: Parameters<TeachingCheck>[0],
  stage: Stage,
  instruction: Instruction,
  args: readonly GlobalArg[],
): Diagnostic {
  const names = args.map((arg) => code(`$${arg.name}`));
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const declared = args.map((arg) => `${code(`ARG ${arg.name}`)} on line ${arg.line}`).join(", ");
  const one = args.length === 1;
  const redeclare = args.map((arg) => code(`ARG ${arg.name}`)).join(", ");
  return teachingDiagnostic(input, {
    rule: GLOBAL_ARG_NOT_REDECLARED,
    severity: "warning",
    line: instruction.range.start.line,
    message: `${listed} ${one ? "is" : "are"} empty in this RUN: ${declared} ${one ? "comes" : "come"} before the first FROM, so only FROM lines see ${one ? "it" : "them"}. Inside stage ${stage.displayName} a global ARG exists only after the stage declares it again, so the shell runs this command with ${one ? "an empty value" : "empty values"}.`,
    fix: `Add ${redeclare} to stage ${stage.displayName}, after its FROM on line ${stage.line} and before this RUN; with no value, ${one ? "it takes" : "they take"} the global default. Every stage that uses ${one ? "it" : "them"} needs its own.`,
    url: URL,
  });
}
