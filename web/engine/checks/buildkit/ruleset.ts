// BuildKit's build checks as frontend/dockerfile/linter/ruleset.go defines them: the rule names,
// descriptions, documentation links and the Format functions that make each message. Messages are
// compared with BuildKit's text character for character, so keep the wording here and nowhere else.
// InvalidBaseImagePlatform is left out on purpose: it compares the platform of the image BuildKit
// pulled with the one it expected, which only a registry can tell.
import { goQuote } from "../../parse/goQuote.ts";

/** When BuildKit runs a rule: parse time (P), after parsing (S), or while dispatching built stages (D). */
export type CheckPhase = "parse" | "post-parse" | "dispatch";

export interface BuildKitRule {
  name: string;
  description: string;
  url: string;
  phase: CheckPhase;
  /** Experimental rules run only when `# check=experimental=<name>|all` enables them. */
  experimental: boolean;
}

const docs = (slug: string) => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;

function rule(name: string, slug: string, phase: CheckPhase, description: string, experimental = false) {
  return { name, description, url: docs(slug), phase, experimental } satisfies BuildKitRule;
}

/** Every rule Stageplay checks, in ruleset.go's order. */
export const RULES = {
  StageNameCasing: rule("StageNameCasing", "stage-name-casing", "parse", "Stage names should be lowercase"),
  FromAsCasing: rule(
    "FromAsCasing",
    "from-as-casing",
    "parse",
    "The 'as' keyword should match the case of the 'from' keyword",
  ),
  NoEmptyContinuation: rule(
    "NoEmptyContinuation",
    "no-empty-continuation",
    "parse",
    "Empty continuation lines will become errors in a future release",
  ),
  ConsistentInstructionCasing: rule(
    "ConsistentInstructionCasing",
    "consistent-instruction-casing",
    "post-parse",
    "All commands within the Dockerfile should use the same casing (either upper or lower)",
  ),
  DuplicateStageName: rule(
    "DuplicateStageName",
    "duplicate-stage-name",
    "post-parse",
    "Stage names should be unique",
  ),
  ReservedStageName: rule(
    "ReservedStageName",
    "reserved-stage-name",
    "post-parse",
    "Reserved words should not be used as stage names",
  ),
  JSONArgsRecommended: rule(
    "JSONArgsRecommended",
    "json-args-recommended",
    "dispatch",
    "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
  ),
  MaintainerDeprecated: rule(
    "MaintainerDeprecated",
    "maintainer-deprecated",
    "parse",
    "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
  ),
  UndefinedArgInFrom: rule(
    "UndefinedArgInFrom",
    "undefined-arg-in-from",
    "post-parse",
    "FROM command must use declared ARGs",
  ),
  WorkdirRelativePath: rule(
    "WorkdirRelativePath",
    "workdir-relative-path",
    "dispatch",
    "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes",
  ),
  UndefinedVar: rule(
    "UndefinedVar",
    "undefined-var",
    "dispatch",
    "Variables should be defined before their use",
  ),
  MultipleInstructionsDisallowed: rule(
    "MultipleInstructionsDisallowed",
    "multiple-instructions-disallowed",
    "dispatch",
    "Multiple instructions of the same type should not be used in the same stage",
  ),
  LegacyKeyValueFormat: rule(
    "LegacyKeyValueFormat",
    "legacy-key-value-format",
    "dispatch",
    "Legacy key/value format with whitespace separator should not be used",
  ),
  RedundantTargetPlatform: rule(
    "RedundantTargetPlatform",
    "redundant-target-platform",
    "post-parse",
    "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
  ),
  SecretsUsedInArgOrEnv: rule(
    "SecretsUsedInArgOrEnv",
    "secrets-used-in-arg-or-env",
    "dispatch",
    "Sensitive data should not be used in the ARG or ENV commands",
  ),
  InvalidDefaultArgInFrom: rule(
    "InvalidDefaultArgInFrom",
    "invalid-default-arg-in-from",
    "post-parse",
    "Default value for global ARG results in an empty or invalid base image name",
  ),
  FromPlatformFlagConstDisallowed: rule(
    "FromPlatformFlagConstDisallowed",
    "from-platform-flag-const-disallowed",
    "post-parse",
    "FROM --platform flag should not use a constant value",
  ),
  CopyIgnoredFile: rule(
    "CopyIgnoredFile",
    "copy-ignored-file",
    "dispatch",
    "Attempting to Copy file that is excluded by .dockerignore",
  ),
  InvalidDefinitionDescription: rule(
    "InvalidDefinitionDescription",
    "invalid-definition-description",
    "parse",
    "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.",
    true,
  ),
  ExposeProtoCasing: rule(
    "ExposeProtoCasing",
    "expose-proto-casing",
    "dispatch",
    "Protocol in EXPOSE instruction should be lowercase",
  ),
  ExposeInvalidFormat: rule(
    "ExposeInvalidFormat",
    "expose-invalid-format",
    "dispatch",
    "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release",
  ),
} as const;

export type RuleName = keyof typeof RULES;

const didYouMean = (suggestion: string | null, prefix = "") =>
  suggestion ? ` (did you mean ${prefix}${suggestion}?)` : "";

/** The message of each rule, as its Format function in ruleset.go writes it. */
export const MESSAGES = {
  StageNameCasing: (stageName: string) => `Stage name '${stageName}' should be lowercase`,
  FromAsCasing: (from: string, as: string) => `'${as}' and '${from}' keywords' casing do not match`,
  NoEmptyContinuation: () => "Empty continuation line",
  ConsistentInstructionCasing: (command: string, casing: "lowercase" | "uppercase") =>
    `Command '${command}' should match the case of the command majority (${casing})`,
  DuplicateStageName: (stageName: string) =>
    `Duplicate stage name ${goQuote(stageName)}, stage names should be unique`,
  ReservedStageName: (stageName: string) =>
    `Stage name should not use the same name as reserved stage ${goQuote(stageName)}`,
  JSONArgsRecommended: (instruction: string) =>
    `JSON arguments recommended for ${instruction} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => "Maintainer instruction is deprecated in favor of using label",
  UndefinedArgInFrom: (arg: string, suggestion: string | null) =>
    `FROM argument '${arg}' is not declared${didYouMean(suggestion)}`,
  WorkdirRelativePath: (workdir: string) =>
    `Relative workdir ${goQuote(workdir)} can have unexpected results if the base image changes`,
  UndefinedVar: (name: string, suggestion: string | null) =>
    `Usage of undefined variable '$${name}'${didYouMean(suggestion, "$")}`,
  MultipleInstructionsDisallowed: (instruction: string) =>
    `Multiple ${instruction} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (instruction: string) =>
    `"${instruction} key=value" should be used instead of legacy "${instruction} key value" format`,
  RedundantTargetPlatform: (platformVar: string) =>
    `Setting platform to predefined ${platformVar} in FROM is redundant as this is the default behavior`,
  SecretsUsedInArgOrEnv: (instruction: "ARG" | "ENV", key: string) =>
    `Do not use ARG or ENV instructions for sensitive data (${instruction} ${goQuote(key)})`,
  InvalidDefaultArgInFrom: (baseName: string) =>
    `Default value for ARG ${baseName} results in empty or invalid base image name`,
  FromPlatformFlagConstDisallowed: (platform: string) =>
    `FROM --platform flag should not use constant value ${goQuote(platform)}`,
  CopyIgnoredFile: (command: "Copy" | "Add", file: string) =>
    `Attempting to ${command} file ${goQuote(file)} that is excluded by .dockerignore`,
  InvalidDefinitionDescription: (instruction: "ARG" | "FROM", name: string) =>
    `Comment for ${instruction} should follow the format: \`# ${name} <description>\``,
  ExposeProtoCasing: (port: string) => `Defined protocol '${port}' in EXPOSE instruction should be lowercase`,
  ExposeInvalidFormat: (port: string) =>
    `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`,
} satisfies Record<RuleName, (...args: never[]) => string>;
