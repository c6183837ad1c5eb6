// The whole pipeline in one call: parse → stages and ARGs → graph. It never throws: every problem is
// a diagnostic and the result is always complete enough to draw. Issue 4's simulator adds the image,
// layers and start verdict, and issue 5 the build checks, as further fields of Analysis.
import type { Diagnostic } from "./diagnostics/types";
import { builtStages, type Builder } from "./graph/builtStages";
import { collectEdges } from "./graph/collectEdges";
import { findCircularDependency } from "./graph/findCircularDependency";
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

export interface AnalyzeOptions {
  /** `--target`: a stage name, matched case-insensitively. Default: the last stage. */
  target?: string;
  /** `--build-arg K=V` values. */
  buildArgs?: Record<string, string>;
  /** BuildKit (default) runs only what the target needs; the legacy builder runs every stage up to it. */
  builder?: Builder;
  /** `--platform`, e.g. `linux/arm64`; default linux/amd64. */
  platform?: string;
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
  /** Parse and graph diagnostics, sorted by position. */
  diagnostics: Diagnostic[];
}

/** Analyzes a Dockerfile as BuildKit would build it. Never throws. */
export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
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
  try {
    return analyzeParsed(source, parse, resolved);
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
      diagnostics: sortDiagnostics([...parse.diagnostics, internalError("analyzer", e)]),
    };
  }
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

  walkStageScopes(
    stages,
    { globalArgs, buildArgs: options.buildArgs, escapeChar: parse.escapeChar },
    diagnostics,
    expandStageWords(edges, diagnostics),
  );
  // BuildKit stops at a cycle before dispatching anything, so no stage gets to fail on a forward reference.
  if (!cycle) diagnostics.push(...forwardReferences(stages, edges));
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
    diagnostics: sortDiagnostics([...parse.diagnostics, ...diagnostics]),
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
