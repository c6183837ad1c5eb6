// BuildKit's build checks over one analysed Dockerfile, phase by phase as BuildKit runs them:
// parse-time and post-parse rules over every stage, dispatch-time rules over the stages the build
// runs. The `# check=` directive (or the BUILDKIT_DOCKERFILE_CHECK build argument) and per-instruction
// `# check=` comments decide what is reported, and whether as warnings or errors.
import type { Diagnostic, Range } from "../../diagnostics/types";
import type { ParseResult } from "../../parse/types";
import { readFromArguments } from "../../stages/stageName";
import { configFromComments, isRuleEnabled, parseCheckOptions, type CheckConfig } from "./checkConfig";
import { dispatchFindings } from "./dispatchRules";
import { defaultGlobalArgsOf, globalArgsOf } from "./globalArgs";
import { RULES } from "./ruleset";
import { consistentInstructionCasing } from "./rules/consistentInstructionCasing";
import { fromAsCasing } from "./rules/fromAsCasing";
import { fromPlatform } from "./rules/fromPlatform";
import { invalidDefaultArgInFrom } from "./rules/invalidDefaultArgInFrom";
import { invalidDefinitionDescription } from "./rules/invalidDefinitionDescription";
import { maintainerDeprecated } from "./rules/maintainerDeprecated";
import { noEmptyContinuation } from "./rules/noEmptyContinuation";
import { stageNameCasing } from "./rules/stageNameCasing";
import { stageNames } from "./rules/stageNames";
import { undefinedArgInFrom } from "./rules/undefinedArgInFrom";
import type { BuildCheckInput, Finding } from "./types";

const CHECK_BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";

/** Runs BuildKit's build checks; returns their diagnostics in pipeline order (the caller sorts). Never throws. */
export function runBuildChecks(input: BuildCheckInput): Diagnostic[] {
  try {
    const config = readCheckConfig(input);
    if ("error" in config) return [config.error];
    return report(collectFindings(input), config.config);
  } catch (e) {
    // A bug in one check must not cost the learner the rest of the analysis.
    const start = { line: 1, column: 1 };
    return [
      {
        severity: "error",
        rule: "internal",
        message: `internal error in the build checks: ${String(e)}`,
        range: { start, end: start },
      },
    ];
  }
}

/**
 * Whether a parse diagnostic is a warning the build checks report in BuildKit's words instead
 * (NoEmptyContinuation), so a pipeline that shows both can leave the parser's version out.
 */
export function isReplacedByBuildChecks(diagnostic: Diagnostic): boolean {
  return diagnostic.rule === RULES.NoEmptyContinuation.name;
}

function collectFindings(input: BuildCheckInput): Finding[] {
  const { parse, stages } = input;
  // Instruction parsing stops at the first error; the failing instruction still gets the checks
  // BuildKit runs before parsing its arguments, and nothing after it is checked.
  const failedAt = firstFailureLine(parse);
  const reached = parse.instructions.filter((i) => i.range.start.line <= failedAt);
  const parsed = reached.filter((i) => i.range.start.line < failedAt);
  const findings = [
    ...noEmptyContinuation(parse.diagnostics),
    ...maintainerDeprecated(reached),
    ...stageNameCasing(reached),
    ...fromAsCasing(reached),
    ...invalidDefinitionDescription(parsed),
  ];
  if (failedAt !== Infinity || stages.length === 0) return findings;

  const globalArgs = globalArgsOf(input);
  const metaArgNames = input.metaArgs.map((arg) => arg.name);
  findings.push(
    ...stageNames(stages),
    ...consistentInstructionCasing(stages),
    ...invalidDefaultArgInFrom(stages, defaultGlobalArgsOf(input), parse.escapeChar),
    ...undefinedArgInFrom(stages, globalArgs, metaArgNames, parse.escapeChar),
    ...fromPlatform(stages, globalArgs, parse.escapeChar),
    ...dispatchFindings(input),
  );
  return findings;
}

function report(findings: readonly Finding[], config: CheckConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const rule = RULES[finding.rule];
    const local = finding.instruction ? configFromComments(finding.instruction.comments) : null;
    if (!isRuleEnabled(rule, config, local)) continue;
    diagnostics.push({
      severity: config.error ? "error" : "warning",
      rule: rule.name,
      message: finding.message,
      range: finding.range,
      fix: finding.fix,
      url: rule.url,
    });
  }
  if (config.error && diagnostics.length > 0) {
    const names = [...new Set(diagnostics.map((d) => d.rule))];
    const first = diagnostics.reduce((a, b) => (comparePositions(b.range, a.range) < 0 ? b : a));
    diagnostics.push({
      severity: "error",
      rule: null,
      message: `lint violation found for rules: ${names.join(", ")}`,
      range: first.range,
    });
  }
  return diagnostics;
}

function readCheckConfig(input: BuildCheckInput): { config: CheckConfig } | { error: Diagnostic } {
  const fromBuildArg = input.options.buildArgs[CHECK_BUILD_ARG];
  const directive = input.parse.directives.find((d) => d.name === "check");
  // parser.ParseDirective keeps the value up to its first space, so `# check=skip=X // why` works.
  const text = fromBuildArg ?? directive?.value.split(" ")[0] ?? "";
  const parsed = parseCheckOptions(text);
  if ("config" in parsed) return parsed;
  const start = { line: 1, column: 1 };
  return {
    error: {
      severity: "error",
      rule: null,
      message:
        fromBuildArg !== undefined
          ? `failed to parse build-arg:${CHECK_BUILD_ARG}: ${parsed.error}`
          : `failed to parse check options: ${parsed.error}`,
      range: fromBuildArg === undefined && directive ? directive.range : { start, end: start },
    },
  };
}

// The first line instructions.Parse fails on: a parse error, a FROM with the wrong arguments or an
// invalid stage name, or an instruction other than ARG before the first FROM.
function firstFailureLine(parse: ParseResult): number {
  let line = Infinity;
  for (const d of parse.diagnostics) if (d.severity === "error") line = Math.min(line, d.range.start.line);
  let seenFrom = false;
  for (const instruction of parse.instructions) {
    const at = instruction.range.start.line;
    if (at >= line) break;
    if (instruction.keyword === "FROM") {
      seenFrom = true;
      if (readFromArguments(instruction.args).error) return at;
    } else if (!seenFrom && instruction.known && instruction.keyword !== "ARG") return at;
  }
  return line;
}

function comparePositions(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}
