// The simulator's entry: every stage the build runs, in dependency order, then the target image, its
// verdict, the steps of the log with their cache status, and the build's time as BuildKit and as the
// legacy builder would take it.
import type { Analysis } from "../analyze";
import { sortDiagnostics } from "../sortDiagnostics";
import type { Diagnostic } from "../diagnostics/types";
import { builtStages } from "../graph/builtStages";
import type { Edge } from "../graph/types";
import type { Instruction } from "../parse/types";
import type { Stage, StageIndex } from "../stages/types";
import { resolveBaseImage } from "./catalog/resolveBaseImage";
import { buildContext, contextFs } from "./context/buildContext";
import type { CopySource } from "./copy/copySources";
import { baseLayer } from "./filesystem/baseLayer";
import { applyLayer, emptyFs } from "./filesystem/layeredFs";
import { applySchedule, criticalPath, logOrder, parallelSchedule } from "./scheduleSteps";
import { simulateStage, type StageResult } from "./simulateStage";
import { stageArgValues } from "./stageVariables";
import { stageOrder } from "./stageOrder";
import type { BaseImageResolution } from "./catalog/types";
import type {
  ImageSummary,
  Layer,
  SimulateOptions,
  Simulation,
  StageSimulation,
  Step,
  Verdict,
} from "./types";
import { startVerdict } from "./verdictAdapter";
import { budgetDiagnostic, WorkBudget } from "./workBudget";

/** Simulates the build `analysis` describes. Never throws on a Dockerfile; problems are diagnostics. */
export function simulate(analysis: Analysis, options: SimulateOptions = {}): Simulation {
  const target = analysis.target;
  const empty: Simulation = {
    stages: [],
    steps: [],
    image: null,
    times: { buildkitMs: 0, legacyMs: 0, criticalPath: [] },
    diagnostics: [],
  };
  if (target === null) return empty;
  const buildkit = builtStages(analysis.stages, analysis.edges, target, "buildkit");
  const legacy = builtStages(analysis.stages, analysis.edges, target, "legacy");
  const built = new Set(analysis.built);
  const wanted = [...new Set([...buildkit, ...legacy, ...analysis.built])].sort((a, b) => a - b);
  // BuildKit refuses a COPY --from or mount of a stage defined later. Leaving those edges out gives
  // the rest of the file a result (that copy is unknown), and breaks every cycle of stages: a cycle
  // must point forward somewhere.
  const backward = analysis.edges.filter((edge) => typeof edge.from !== "number" || edge.from < edge.to);
  const { order } = stageOrder(wanted, backward);

  const edgesByInstruction = new Map<Instruction, Edge[]>();
  for (const edge of analysis.edges) {
    if (edge.kind === "from") continue;
    const list = edgesByInstruction.get(edge.instruction);
    if (list) list.push(edge);
    else edgesByInstruction.set(edge.instruction, [edge]);
  }
  const images = new Map<string, CopySource>();
  const imageSource = (reference: string): CopySource => {
    let source = images.get(reference);
    if (!source) {
      const layer = { ...baseImage(reference).layer, id: `image:${reference}` };
      const tree = emptyFs();
      applyLayer(tree, layer);
      source = { kind: "image", reference, tree, layers: [layer] };
      images.set(reference, source);
    }
    return source;
  };
  const bases = new Map<string, { resolution: BaseImageResolution; layer: Layer }>();
  const baseImage = (reference: string) => {
    let base = bases.get(reference);
    if (!base) {
      const resolution = resolveBaseImage(reference);
      base = { resolution, layer: sharedBaseLayer(resolution) };
      bases.set(reference, base);
    }
    return base;
  };
  const done = new Map<StageIndex, StageResult>();
  const context = options.context ? buildContext(options.context) : null;
  const environment = {
    stages: analysis.stages,
    escapeChar: analysis.parse.escapeChar,
    argValues: stageArgValues(analysis),
    edgesByInstruction,
    done,
    context: context
      ? { kind: "context" as const, tree: contextFs(context) }
      : { kind: "no-context" as const },
    imageSource,
    baseImage,
    previousKeys: new Set(options.previousCacheKeys ?? []),
  };
  // Past the work budget the remaining stages are not simulated; those before keep their results.
  const budget = new WorkBudget();
  const notSimulated: Stage[] = [];
  for (const index of order) {
    const stage = analysis.stages[index] as Stage;
    const result = budget.exceeded ? null : simulateStage(stage, environment, budget);
    if (result) done.set(index, result);
    else notSimulated.push(stage);
  }

  const diagnostics: Diagnostic[] = [];
  const stopped = budgetDiagnostic(notSimulated, budget.limit);
  if (stopped) diagnostics.push(stopped);
  let noContextLine: number | null = null;
  for (const index of analysis.built) {
    const result = done.get(index);
    if (!result) continue;
    diagnostics.push(...result.diagnostics);
    if (noContextLine === null && result.noContextLine !== null) noContextLine = result.noContextLine;
  }
  if (noContextLine !== null) {
    diagnostics.push({
      severity: "info",
      rule: "NoBuildContext",
      message:
        "No build context was given, so the files COPY and ADD take from it are unknown: their sizes are 0 and flagged as estimates.",
      range: { start: { line: noContextLine, column: 1 }, end: { line: noContextLine, column: 1 } },
    });
  }
  if (analysis.options.platform !== "linux/amd64") {
    const first = analysis.stages[0]?.from.range;
    diagnostics.push({
      severity: "info",
      rule: "PlatformEstimate",
      message: `The catalog's figures are for linux/amd64; for ${analysis.options.platform} sizes and facts are assumed to be the same.`,
      range: first ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    });
  }

  const stepsOf = (stages: readonly StageIndex[]) => {
    const list: Step[] = [];
    for (const i of stages) {
      const result = done.get(i);
      if (result) for (const step of result.steps) list.push(step);
    }
    return list;
  };
  const inBuildkit = new Set(buildkit);
  const buildkitTimes = parallelSchedule(stepsOf(order.filter((i) => inBuildkit.has(i))));
  const path = criticalPath(buildkitTimes);
  // The legacy builder runs an identical step (same parent and instruction) once; later ones hit its cache.
  const legacySeen = new Set<string>();
  let legacyMs = 0;
  for (const step of stepsOf(legacy)) {
    if (!legacySeen.has(step.cacheKey)) legacyMs += step.durationMs;
    legacySeen.add(step.cacheKey);
  }
  // Stage order for the chosen builder: dependency order for BuildKit, file order for legacy.
  const builder = analysis.options.builder;
  const chosen =
    builder === "legacy" ? analysis.built.filter((i) => done.has(i)) : order.filter((i) => built.has(i));
  // The stage results die with this call, so their steps are scheduled in place, not copied.
  const steps: Step[] = stepsOf(chosen);
  if (builder === "legacy") {
    const seen = new Set<string>();
    for (const step of steps) {
      if (seen.has(step.cacheKey) && step.status === "run") {
        step.status = "cached";
        step.durationNote = `the same step ran earlier in this build (${step.durationNote})`;
        step.durationMs = 0;
      }
      seen.add(step.cacheKey);
    }
  }
  // BuildKit's schedule of the stages it builds is the one computed above (the same stages, unless a
  // caller's analysis says otherwise).
  const sameStages = built.size === inBuildkit.size && buildkit.every((i) => built.has(i));
  applySchedule(steps, builder, builder === "buildkit" && sameStages ? buildkitTimes : undefined);

  const stages: StageSimulation[] = analysis.built.flatMap((i) => {
    const result = done.get(i);
    return result ? [result.sim] : [];
  });
  const targetResult = done.get(target);
  // An error BuildKit stops on before building (a parse or stage error, a FROM with an empty name)
  // or during it (a RUN that fails, a COPY source not found) leaves no image, for certain.
  const buildError =
    analysis.diagnostics.find((d) => d.severity === "error" && d.rule === null) ??
    diagnostics.find((d) => d.severity === "error" && d.rule === null) ??
    null;
  const image: ImageSummary | null = targetResult
    ? imageSummary(analysis, targetResult, stages, buildError)
    : notSimulated.some((stage) => stage.index === target)
      ? notEvaluated(analysis, target)
      : null;
  return {
    stages,
    steps: logOrder(steps),
    image,
    times: { buildkitMs: path.ms, legacyMs, criticalPath: path.path },
    diagnostics: sortDiagnostics(diagnostics),
    context: context && {
      files: context.files.size,
      sizeBytes: context.sizeBytes,
      ignored: [...context.ignored].sort(),
    },
  };
}

// A base image's layer depends only on its resolution, which resolveBaseImage shares between
// analyses: build it once (it models the image's files one by one). Stages copy it with their own id.
const baseLayers = new WeakMap<BaseImageResolution, Layer>();

function sharedBaseLayer(resolution: BaseImageResolution): Layer {
  let layer = baseLayers.get(resolution);
  if (!layer) baseLayers.set(resolution, (layer = baseLayer(resolution, -1 as StageIndex, "base")));
  return layer;
}

/** The target image when the work budget stopped the simulation before it: no size, no verdict. */
function notEvaluated(analysis: Analysis, target: StageIndex): ImageSummary {
  const stage = analysis.stages[target] as Stage;
  return {
    target,
    base: rootStage(analysis, stage).base || rootStage(analysis, stage).baseText,
    sizeBytes: 0,
    estimatedBytes: 0,
    layers: [],
    verdict: {
      runs: false,
      certain: false,
      command: null,
      reasons: [
        {
          check: "command",
          ok: false,
          message: `Not evaluated: Stageplay stopped simulating the build before it reached stage "${stage.displayName}", because the build would hold too many files to simulate.`,
          line: stage.from.range.start.line,
        },
      ],
    },
  };
}

function rootStage(analysis: Analysis, stage: Stage): Stage {
  while (stage.baseStage !== null) stage = analysis.stages[stage.baseStage] as Stage;
  return stage;
}

function imageSummary(
  analysis: Analysis,
  result: StageResult,
  all: StageSimulation[],
  stopped: Diagnostic | null,
): ImageSummary {
  let stage = analysis.stages[result.sim.stage] as Stage;
  while (stage.baseStage !== null) stage = analysis.stages[stage.baseStage] as Stage;
  return {
    target: result.sim.stage,
    base: stage.base || stage.baseText,
    sizeBytes: result.sim.sizeBytes,
    estimatedBytes: result.sim.estimatedBytes,
    layers: result.sim.layers,
    verdict: stopped ? buildStops(stopped) : startVerdict(result.sim, all),
  };
}

/** The verdict of a build that stops at `error`: there is no image to start. */
function buildStops(error: Diagnostic): Verdict {
  const line = error.range.start.line;
  return {
    runs: false,
    certain: true,
    command: null,
    reasons: [
      {
        check: "build",
        ok: false,
        message: `The build stops at line ${line} (${error.message}), so there is no image to start.`,
        line,
        ...(error.fix ? { fix: error.fix } : {}),
      },
    ],
  };
}
