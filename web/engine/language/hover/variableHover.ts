// A variable's value where it is used, and where that value comes from. Who expands it decides what it
// sees: FROM lines see only the ARGs before the first FROM; BuildKit and a RUN's shell see the stage's
// ARG and ENV and the base image's ENV; a shell-form CMD sees only the image's ENV, when the container
// starts; exec form expands nothing.
import type { Analysis } from "../../analyze";
import { lexWord } from "../../expand/lexWord";
import type { Instruction } from "../../parse/types";
import type { Stage } from "../../stages/types";
import type { HoverInfo } from "../types";
import { code, heading } from "./markdown";
import { baseImageOf, lastSetter, rootStage, scopeBefore, type Setter } from "./stageScope";
import type { VariableAt } from "./variableAt";

/** Who expands a variable reference, and when. */
export type Reading =
  /** A FROM line, or an ARG before the first FROM: the global ARGs. */
  | "meta"
  /** BuildKit, while building (COPY, ENV, WORKDIR, `--mount` values…). */
  | "build"
  /** The shell of a shell-form RUN, while building. */
  | "shell"
  /** The shell of a shell-form CMD, ENTRYPOINT or HEALTHCHECK, when the container runs. */
  | "runtime"
  /** Exec form: nobody. */
  | "exec"
  /** A heredoc with a quoted delimiter: copied as written. */
  | "literal";

/** The hover for a variable reference in `instruction` (of `stage`, null before the first FROM). */
export function variableHover(
  analysis: Analysis,
  stage: Stage | null,
  instruction: Instruction,
  variable: VariableAt,
  reading: Reading,
): HoverInfo {
  const lines =
    reading === "meta" || stage === null
      ? metaVariable(analysis, instruction, variable)
      : reading === "exec"
        ? [
            heading(`Variable ${code(variable.name)}`, "not expanded here"),
            `In exec form (a JSON array) Docker starts the program without a shell, so ${code(variable.text)} ` +
              "reaches it as written. Only a shell the command starts itself, such as `sh -c`, would expand it.",
          ]
        : reading === "literal"
          ? [
              heading(`Variable ${code(variable.name)}`, "not expanded here"),
              `The heredoc's delimiter is quoted, so ${code(variable.text)} is written as it is.`,
            ]
          : reading === "runtime"
            ? runtimeVariable(analysis, stage, instruction, variable)
            : buildVariable(analysis, stage, instruction, variable, reading);
  return { markdown: lines.join("\n\n"), range: variable.range, topic: null };
}

/** Names Docker or the shell set in every RUN and container, whatever the image's ENV. */
const SHELL_SETS = new Set(
  "HOME HOSTNAME PATH PWD OLDPWD SHLVL TERM IFS PPID UID EUID RANDOM LINENO SECONDS OPTIND PS1 PS2 PS4".split(
    " ",
  ),
);
const SHELL_SETS_WORDS =
  "Nothing in the file or the image sets it, but Docker or the shell sets it in every RUN and container, with a value Stageplay does not track.";

const BUILD_PLATFORM = /^BUILD(PLATFORM|OS|OSVERSION|ARCH|VARIANT)$/;
const TARGET_PLATFORM = /^TARGET(PLATFORM|OS|OSVERSION|ARCH|VARIANT)$/;

function metaVariable(analysis: Analysis, instruction: Instruction, variable: VariableAt): string[] {
  const line = instruction.range.start.line;
  const { name } = variable;
  // An ARG before the first FROM sees the global ARGs declared above it; a FROM line sees them all.
  const declared = analysis.metaArgs.filter((arg) => arg.name === name && arg.line < line).at(-1);
  const automatic = !analysis.metaArgs.some((arg) => arg.name === name) && analysis.globalArgs.has(name);
  const value = declared ? declared.value : automatic ? (analysis.globalArgs.get(name) ?? null) : null;
  const lines = [heading(`Variable ${code(name)}`, valueWords(value))];
  if (declared) {
    lines.push(
      declared.overridden
        ? `Declared by the global ARG on line ${declared.line}; \`--build-arg ${name}\` gives its value.`
        : declared.defaultText === null
          ? `Declared by the global ARG on line ${declared.line} with no default and no \`--build-arg\`, so it expands to an empty string.`
          : `The default of the global ARG on line ${declared.line}, before the first FROM. ` +
            `\`--build-arg ${name}=…\` would override it.`,
    );
  } else if (automatic) {
    lines.push(automaticWords(name));
  } else {
    lines.push(`No ARG before the first FROM declares ${code(name)}, so here it expands to an empty string.`);
    const inStage = analysis.stages.flatMap((stage) => stage.instructions).find((i) => declares(i, name));
    if (inStage) {
      lines.push(
        `The ARG on line ${inStage.range.start.line} is inside a stage: FROM lines see only the ARGs written ` +
          "before the first FROM.",
      );
    }
  }
  return withModifier(lines, variable, value === null ? new Map() : new Map([[name, value]]));
}

function automaticWords(name: string): string {
  if (BUILD_PLATFORM.test(name))
    return "BuildKit sets it in every build: it describes the platform of the machine running the build.";
  if (TARGET_PLATFORM.test(name))
    return "BuildKit sets it in every build: it describes the platform the image is built for (`--platform`).";
  return "BuildKit sets it in every build.";
}

function buildVariable(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction,
  variable: VariableAt,
  reading: "build" | "shell",
): string[] {
  const { name } = variable;
  const scope = scopeBefore(analysis, stage, instruction);
  const setter = lastSetter(analysis, stage, instruction, name);
  const base = baseImageOf(analysis, stage);
  const baseValue = base && !base.unknown ? base.image.config.env[name] : undefined;
  // The base image's ENV wins over an ARG of the same name, as it does in BuildKit.
  const fromBase = baseValue !== undefined && setter?.keyword !== "ENV";
  const value = fromBase ? baseValue : (scope.get(name) ?? null);
  const lines = [heading(`Variable ${code(name)}`, valueWords(value))];
  const who = reading === "shell" ? "The RUN's shell expands it while building." : null;

  if (fromBase && base) {
    lines.push(`Set by the ENV of the base image ${code(base.reference.raw)}${setterNote(setter, stage)}.`);
  } else if (setter && value !== null) {
    lines.push(setterWords(analysis, setter, stage, name));
  } else if (value !== null) {
    // No line sets it and the walk still has it: BuildKit's default PATH.
    lines.push("BuildKit's default, as nothing in this file or the base image sets it.");
  } else if (reading === "shell" && SHELL_SETS.has(name)) {
    lines.push(SHELL_SETS_WORDS);
  } else {
    lines.push(
      ...unsetWords(analysis, stage, instruction, setter, name, base?.unknown ? base.reference.raw : null),
    );
  }
  if (who) lines.push(who);
  const env = new Map(scope);
  if (value === null) env.delete(name);
  else env.set(name, value);
  return withModifier(lines, variable, env);
}

function setterWords(analysis: Analysis, setter: Setter, stage: Stage, name: string): string {
  const inherited =
    setter.stage === stage ? "" : ` of stage ${code(setter.stage.displayName)}, inherited through FROM`;
  if (setter.keyword === "ENV") return `Set by the ENV on line ${setter.line}${inherited}.`;
  if (Object.hasOwn(analysis.options.buildArgs, name))
    return `Declared by the ARG on line ${setter.line}${inherited}; \`--build-arg ${name}\` gives its value.`;
  if (setter.hasDefault) return `The default of the ARG on line ${setter.line}${inherited}.`;
  const global = analysis.metaArgs.filter((arg) => arg.name === name).at(-1);
  if (global)
    return `Declared by \`ARG ${name}\` on line ${setter.line}${inherited}, which takes the value of the global ARG on line ${global.line}.`;
  return `Declared by \`ARG ${name}\` on line ${setter.line}${inherited}, which imports BuildKit's automatic value.`;
}

function setterNote(setter: Setter | null, stage: Stage): string {
  if (!setter) return "";
  const where = setter.stage === stage ? "" : ` in stage ${code(setter.stage.displayName)}`;
  return `, which wins over the ARG on line ${setter.line}${where}`;
}

function unsetWords(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction,
  setter: Setter | null,
  name: string,
  unknownBase: string | null,
): string[] {
  const lines: string[] = [];
  if (unknownBase) {
    lines.push(
      `Nothing in this file sets ${code(name)} before this line. The catalog does not know ${code(unknownBase)}, ` +
        `so Stageplay cannot tell whether its ENV sets it; if not, it expands to an empty string.`,
    );
  } else if (setter) {
    lines.push(`\`ARG ${name}\` on line ${setter.line} has no value here, so it expands to an empty string.`);
  } else {
    lines.push(`Nothing sets ${code(name)} before this line, so it expands to an empty string.`);
  }
  const later = stage.instructions
    .slice(stage.instructions.indexOf(instruction) + 1)
    .find((i) => declares(i, name) || setsEnv(i, name));
  if (later)
    lines.push(
      `Line ${later.range.start.line} sets it later: a variable exists only from the line that sets it.`,
    );
  const global = analysis.metaArgs.find((arg) => arg.name === name);
  if (global && !setter) {
    lines.push(
      `The ARG on line ${global.line} is before the first FROM, so only FROM lines see it: add \`ARG ${name}\` in ` +
        "this stage to use it here.",
    );
  }
  const root = rootStage(analysis, stage);
  const elsewhere = analysis.stages.find(
    (other) => other !== stage && other !== root && other.instructions.some((i) => setsEnv(i, name)),
  );
  if (elsewhere && !setter) {
    lines.push(
      `Stage ${code(elsewhere.displayName)} sets it with ENV, but ENV stays in its stage: \`COPY --from\` takes ` +
        "files only, and only a stage built FROM that one inherits it.",
    );
  }
  return lines;
}

function runtimeVariable(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction,
  variable: VariableAt,
): string[] {
  const { name } = variable;
  const simulated = analysis.simulation.stages.find((s) => s.stage === stage.index);
  const value = simulated ? (simulated.config.env[name] ?? null) : null;
  const about =
    !simulated || (value === null && SHELL_SETS.has(name))
      ? "expanded when the container runs"
      : value === null
        ? "unset in the image"
        : `${valueWords(value)} in the image`;
  const lines = [heading(`Variable ${code(name)}`, about)];
  lines.push(
    `${instruction.keyword} in shell form runs through \`/bin/sh -c\` when the container starts, so the shell ` +
      "expands it from the image's environment: its ENV, never an ARG.",
  );
  const env = lastSetter(analysis, stage, null, name, ["ENV"]);
  const arg = lastSetter(analysis, stage, null, name, ["ARG"]);
  if (env)
    lines.push(
      `Set by the ENV on line ${env.line}${env.stage === stage ? "" : ` of stage ${code(env.stage.displayName)}`}.`,
    );
  else if (value !== null) lines.push("Set by the base image's ENV.");
  else if (arg)
    lines.push(`The ARG on line ${arg.line} exists only while building: the container does not have it.`);
  if (!simulated) lines.push("This stage was not simulated, so Stageplay does not know the value.");
  else if (value === null && SHELL_SETS.has(name)) lines.push(SHELL_SETS_WORDS);
  else if (value === null) {
    const base = baseImageOf(analysis, stage);
    lines.push(
      base?.unknown
        ? `Unless the ENV of ${code(base.reference.raw)}, an image the catalog does not know, sets it, it expands to an empty string.`
        : "Nothing sets it in the image, so it expands to an empty string.",
    );
  }
  return lines;
}

function valueWords(value: string | null | undefined): string {
  return value === null || value === undefined
    ? "unset here"
    : value === ""
      ? "an empty string"
      : `= ${code(value)}`;
}

// `${NAME:-default}` and the other forms: what the whole reference gives, besides the variable's value.
function withModifier(lines: string[], variable: VariableAt, env: ReadonlyMap<string, string>): string[] {
  if (!variable.text.startsWith("${") || variable.text === `\${${variable.name}}`) return lines;
  const result = lexWord(variable.text, env);
  if (result.error) return lines;
  return [...lines, `Here ${code(variable.text)} gives ${code(result.value)}.`];
}

function declares(instruction: Instruction, name: string): boolean {
  return instruction.keyword === "ARG" && instruction.args.some((word) => word.value.split("=")[0] === name);
}

function setsEnv(instruction: Instruction, name: string): boolean {
  return instruction.keyword === "ENV" && (instruction.pairs ?? []).some((pair) => pair.key.value === name);
}
