// What to change for each build check, in words a learner understands. BuildKit's own messages are
// in ruleset.go's wording (ruleset.ts); these sentences are Stageplay's and say how to fix it.
import { plainExecWords } from "./plainExecWords";

const AUTOMATIC_ARGS = /^(BUILD|TARGET)(PLATFORM|OS|OSVERSION|ARCH|VARIANT)$|^TARGETSTAGE$/;

export const FIXES = {
  StageNameCasing: (name: string) => `Write the stage name in lowercase: AS ${name.toLowerCase()}.`,
  FromAsCasing: (from: string, as: string) =>
    `Write ${from === from.toLowerCase() ? as.toLowerCase() : as.toUpperCase()} in the same case as ${from}.`,
  NoEmptyContinuation: () =>
    "Remove the empty line inside the continued instruction; a future BuildKit will reject it.",
  ConsistentInstructionCasing: (name: string, casing: "lowercase" | "uppercase") =>
    `Write ${casing === "lowercase" ? name.toLowerCase() : name.toUpperCase()}, like most instructions in this file.`,
  DuplicateStageName: (name: string) =>
    `Rename one of the stages: FROM ${name} and COPY --from=${name} can only mean one of them.`,
  ReservedStageName: (name: string) =>
    `Choose another name: "${name}" already means ${name === "scratch" ? "the empty image" : "the build context"} in FROM and COPY --from.`,
  JSONArgsRecommended: (keyword: string, text: string) => {
    const words = plainExecWords(text);
    const exec = words
      ? `${keyword} ${JSON.stringify(words).replaceAll('","', '", "')}`
      : `${keyword} ["executable", "argument"]`;
    return `Use the exec form, ${exec}: then the program runs as PID 1 and receives the stop signal, which a shell would not pass on.`;
  },
  MaintainerDeprecated: (author: string) =>
    `Use a label instead: LABEL org.opencontainers.image.authors=${JSON.stringify(author.trim())}.`,
  UndefinedArgInFrom: (name: string, suggestion: string | null) =>
    suggestion
      ? `Did you mean ${suggestion}? Otherwise declare ARG ${name} (with a default) before the first FROM.`
      : `Declare ARG ${name} (with a default) before the first FROM: FROM only sees ARGs declared above it.`,
  WorkdirRelativePath: (path: string) =>
    `Use an absolute path, such as WORKDIR /${path.replace(/^(\.\/)+/, "")}: a relative one depends on the base image's working directory.`,
  UndefinedVar: (name: string, suggestion: string | null) => {
    if (suggestion)
      return `Did you mean $${suggestion}? Otherwise define ${name} with ARG or ENV before this line.`;
    if (AUTOMATIC_ARGS.test(name))
      return `Add ARG ${name} to this stage: automatic platform ARGs are only visible in a stage after ARG ${name}.`;
    return `Define ${name} before this line, with ARG ${name}=… (build time only) or ENV ${name}=… (also in the image); otherwise it expands to an empty string.`;
  },
  MultipleInstructionsDisallowed: (keyword: string) =>
    `Remove this ${keyword}: only the last ${keyword} of a stage takes effect.`,
  LegacyKeyValueFormat: (keyword: string, key: string, value: string) =>
    `Write ${keyword} ${key}=${/\s/.test(value) && !/^["']/.test(value) ? JSON.stringify(value) : value}.`,
  RedundantTargetPlatform: (flag: string) =>
    `Remove --platform=${flag}: FROM already pulls the image for the target platform.`,
  SecretsUsedInArgOrEnv: (kind: "ARG" | "ENV", key: string) =>
    `Pass ${key} as a build secret (RUN --mount=type=secret,id=…) instead: ${kind} values are kept in the image's metadata and history.`,
  InvalidDefaultArgInFrom: () =>
    "Give the ARG before FROM a default that makes a valid image name, so the build also works without --build-arg.",
  FromPlatformFlagConstDisallowed: () =>
    "Use --platform=$BUILDPLATFORM to run this stage natively while cross-compiling, or name the stage after its platform (for example AS build-amd64).",
  CopyIgnoredFile: (file: string) =>
    `.dockerignore keeps ${file} out of the build context: stop copying it, or remove it from .dockerignore (or add !${file}).`,
  InvalidDefinitionDescription: (name: string) =>
    `Start the comment with the name it describes (# ${name} <description>), or put a line with only # between the comment and the instruction.`,
  ExposeProtoCasing: (port: string) => `Write the protocol in lowercase: EXPOSE ${port.toLowerCase()}.`,
  ExposeInvalidFormat: (containerPort: string, port: string) =>
    `EXPOSE only documents the container's port: write EXPOSE ${containerPort}, and publish it with docker run -p ${port}.`,
};
