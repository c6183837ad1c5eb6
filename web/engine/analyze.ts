// The whole pipeline in one call: parse → stages and ARGs → graph → simulated build → build checks
// and teaching checks. It never throws: every problem is a diagnostic and the result is always
// complete enough to draw.
import type { Diagnostic } from "./diagnostics/types";
import { builtStages, type Builder } from "./graph/builtStages";
import { collectEdges } from "./graph/collectEdges";
import { findCircularDependency } from "./graph/findCircularDependency";
import { legacyBuilderFlags } from "./graph/legacyBuilderFlags";
import { forwardReferences } from "./graph/forwardReferences";
import { parallelLevels } from "./graph/parallelLevels";
import { resolveTarget } from "./graph/resolveTarget";
import type { Edge } from "./graph/types";
import { parseDockerfile } from "./parse/parseDockerfile";
import type { ParseResult } from "./parse/types";
import { buildStages, errorAt } from "./stages/buildStages";
import { DEFAULT_PLATFORM, formatPlatform, parsePlatform } from "./stages/platformArgs";
import type { MetaArg, Stage, StageIndex } from "./stages/types";
import { walkStageScopes } from "./stages/walkStageScopes";
import { expandStageWords } from "./expandStageWords";
import { sortDiagnostics } from "./sortDiagnostics";
import { isReplacedByBuildChecks, runBuildChecks } from "./checks/buildkit/runBuildChecks";
import { runTeachingChecks } from "./checks/teaching/runTeachingChecks";
import { simulate } from "./simulate/simulate";
import { argValuesRecorder, rememberArgValues } from "./simulate/stageVariables";
import type { ContextFile, Simulation } from "./simulate/types";

export interface AnalyzeOptions {
  /** `--target`: a stage name, matched case-insensitively. Default: the last stage. */
  target?: string;
  /** `--build-arg K=V` values. */
  buildArgs?: Record<string, string>;
  /** BuildKit (default) runs only what the target needs; the legacy builder runs every stage up to it. */
  builder?: Builder;
  /** `--platform`, e.g. `linux/arm64`; default linux/amd64. */
  platform?: string;
  /**
   * The build context's files (`--context DIR`, a lesson's folder). Left out, COPY sources from the
   * context are unknown files (flagged); an empty list is an empty context, where they are errors.
   */
  context?: ContextFile[];
  /** Cache keys of a previous build (its steps' `cacheKey`): steps with one of these are CACHED. */
  previousCacheKeys?: readonly string[];
}

/** Everything the views need about one Dockerfile. Lines in ranges are 1-based. */
export interface Analysis {
  parse: ParseResult;
  /** The options after defaults were applied. */
  options: { target: string | null; buildArgs: Record<string, string>; builder: Builder; platform: string };
  /** ARGs before the first FROM. */
  metaArgs: MetaArg[];
  stages: Stage[];
  edges: Edge[];
  /** The stage being built, or null (no stages, or an unknown `--target`). */
  target: StageIndex | null;
  /** The stages the build runs, in file order. */
  built: StageIndex[];
  /** Built stages grouped by what can run at the same time; level 0 first. */
  levels: StageIndex[][];
  /** What FROM lines and `ARG NAME` inside stages see: automatic ARGs, then meta ARGs. */
  globalArgs: ReadonlyMap<string, string>;
  /**
   * Three groups, each sorted by position: what BuildKit itself reports (parse and graph errors, and
   * the simulated build's errors and warnings, such as a COPY source that is not found), then
   * BuildKit's build checks, then Stageplay's teaching checks. Merge by line to list them as `check`
   * does. The simulation's info notes (estimated sizes, unknown images and commands) are only in
   * `simulation.diagnostics`, which has all of its findings.
   */
  diagnostics: Diagnostic[];
  /** The simulated build of the target: stages, layers, steps, image and verdict, times. Partial when the file has errors. */
  simulation: Simulation;
}

/** The phases of `analyze`, in order, as its optional `phaseDone` callback names them. */
export type AnalyzePhase = "parse" | "stages and graph" | "simulate" | "build checks" | "teaching checks";

/**
 * Analyzes a Dockerfile as BuildKit would build it. Never throws. `phaseDone`, called as each phase
 * ends, lets the benchmark time the phases without a copy of this pipeline.
 */
export function analyze(
  source: string,
  options: AnalyzeOptions = {},
  phaseDone?: (phase: AnalyzePhase) => void,
): Analysis {
  const resolved = {
    target: options.target || null,
    buildArgs: { ...(options.buildArgs ?? {}) },
    builder: options.builder === "legacy" ? ("legacy" as const) : ("buildkit" as const),
    platform: options.platform ?? formatPlatform(DEFAULT_PLATFORM),
  };
  let parse: ParseResult;
  try {
    parse = parseDockerfile(source);
  } catch (e) {
    // The parser promises not to throw; if it ever does, say so instead of breaking the screen.
    parse = {
      instructions: [],
      directives: [],
      escapeChar: "\\",
      diagnostics: [],
      lineCount: source.split("\n").length,
    };
    parse.diagnostics.push(internalError("parser", e));
  }
  phaseDone?.("parse");
  let analysis: Analysis;
  try {
    analysis = analyzeParsed(source, parse, resolved);
    phaseDone?.("stages and graph");
  } catch (e) {
    return {
      parse,
      options: resolved,
      metaArgs: [],
      stages: [],
      edges: [],
      target: null,
      built: [],
      levels: [],
      globalArgs: new Map(),
      diagnostics: sortDiagnostics([...parse.diagnostics, internalError("analyzer", e)]),
      simulation: emptySimulation(),
    };
  }
  try {
    const simulationOptions = {
      ...(options.context ? { context: options.context } : {}),
      ...(options.previousCacheKeys ? { previousCacheKeys: options.previousCacheKeys } : {}),
    };
    analysis.simulation = simulate(analysis, simulationOptions);
    const problems = analysis.simulation.diagnostics.filter((d) => d.severity !== "info");
    if (problems.length > 0) analysis.diagnostics = sortDiagnostics([...analysis.diagnostics, ...problems]);
  } catch (e) {
    analysis.diagnostics = sortDiagnostics([...analysis.diagnostics, internalError("simulator", e)]);
  }
  phaseDone?.("simulate");
  // BuildKit's build checks, then our teaching checks (neither throws), each group after the last:
  // BuildKit's rules come first. Their NoEmptyContinuation replaces the parser's wording.
  const buildChecks = runBuildChecks({ ...analysis, context: options.context ?? [] });
  phaseDone?.("build checks");
  const teachingChecks = runTeachingChecks(analysis);
  phaseDone?.("teaching checks");
  analysis.diagnostics = [
    ...analysis.diagnostics.filter((d) => !isReplacedByBuildChecks(d)),
    ...sortDiagnostics(buildChecks),
    ...sortDiagnostics(teachingChecks),
  ];
  return analysis;
}

function emptySimulation(): Simulation {
  return {
    stages: [],
    steps: [],
    image: null,
    times: { buildkitMs: 0, legacyMs: 0, criticalPath: [] },
    diagnostics: [],
  };
}

function analyzeParsed(source: string, parse: ParseResult, options: Analysis["options"]): Analysis {
  const diagnostics: Diagnostic[] = [];
  const targetPlatform = parsePlatform(options.platform);
  if (!targetPlatform) diagnostics.push(errorAt(`invalid platform "${options.platform}"`, fileStart()));
  const {
    stages,
    metaArgs,
    globalArgs,
    diagnostics: stageDiagnostics,
  } = buildStages(parse, {
    buildArgs: options.buildArgs,
    targetPlatform: targetPlatform ?? DEFAULT_PLATFORM,
    target: options.target,
  });
  diagnostics.push(...stageDiagnostics);
  if (parse.instructions.length === 0 && !parse.diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(
      errorAt(
        source.length === 0 ? "the Dockerfile cannot be empty" : "file with no instructions",
        fileStart(),
      ),
    );
  }

  const edges = collectEdges(stages, parse.escapeChar, diagnostics);
  const cycle = findCircularDependency(stages, edges);
  if (cycle) diagnostics.push(cycle);
  const { target, diagnostic } = resolveTarget(stages, options.target);
  if (diagnostic) diagnostics.push(diagnostic);
  const built = builtStages(stages, edges, target, options.builder);
  for (const index of built) (stages[index] as Stage).built = true;

  // The same walk records each instruction's ARG values for the simulator, which would walk again.
  const scopeContext = { globalArgs, buildArgs: options.buildArgs, escapeChar: parse.escapeChar };
  const expandWords = expandStageWords(edges, diagnostics);
  const argValues = argValuesRecorder();
  walkStageScopes(stages, scopeContext, diagnostics, (stage, instruction, scope, expand) => {
    expandWords(stage, instruction, scope, expand);
    argValues.visit(stage, instruction, scope, expand);
  });
  rememberArgValues(stages, scopeContext, argValues.values);
  // BuildKit stops at a cycle before dispatching anything, so no stage gets to fail on a forward reference.
  if (!cycle) diagnostics.push(...forwardReferences(stages, edges, options.builder));
  if (options.builder === "legacy") diagnostics.push(...legacyBuilderFlags(stages));
  const levels = parallelLevels(built, edges, options.builder);
  levels.forEach((level, depth) => level.forEach((index) => ((stages[index] as Stage).level = depth)));

  return {
    parse,
    options,
    metaArgs,
    stages,
    edges,
    target,
    built,
    levels,
    globalArgs,
    diagnostics: sortDiagnostics([...parse.diagnostics, ...diagnostics]),
    simulation: emptySimulation(),
  };
}

function fileStart() {
  const start = { line: 1, column: 1 };
  return { start, end: start };
}

function internalError(where: string, e: unknown): Diagnostic {
  return {
    severity: "error",
    rule: "internal",
    message: `internal error in the ${where}: ${String(e)}`,
    range: fileStart(),
  };
}
