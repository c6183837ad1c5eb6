import type { Analysis } from "../analyze";
import { builtStages } from "../graph/builtStages";
import { buildLog } from "./buildLog";
import { findFlag } from "../parse/findFlag";
import type { Stage, StageIndex } from "../stages/types";
import { countFiles, leftBehind, sizeByOrigin, toLayerView, toStageImageView, toolsIn } from "./imageViews";
import type { AnalysisView, ArgView, EdgeView, ImageView, SourceView, StageView } from "./types";

export const CONTEXT_NODE = "context";
export const imageNodeId = (reference: string) => `image:${reference}`;

/**
 * What the panels draw of one analysis; `version` tells analyses of one session apart. The
 * Dockerfile's size, when given, is what the build log says it transferred.
 */
export function toView(
  analysis: Analysis,
  version = 0,
  contextPaths: string[] = [],
  dockerfileBytes: number | null = null,
): AnalysisView {
  const { stages, simulation } = analysis;
  const target = analysis.target;
  const buildkit = new Set(target === null ? [] : builtStages(stages, analysis.edges, target, "buildkit"));
  const legacy = new Set(target === null ? [] : builtStages(stages, analysis.edges, target, "legacy"));
  const sims = new Map(simulation.stages.map((s) => [s.stage, s]));
  const targetName = target === null ? null : (stages[target]?.displayName ?? null);
  // The log decides where the build stops; the player, the diagram and the image read it from there.
  const log = buildLog(analysis, {
    dockerfileName: "Dockerfile",
    dockerfileBytes,
    contextBytes: simulation.context ? simulation.context.sizeBytes : null,
  });

  const stageViews: StageView[] = stages.map((stage) => {
    const sim = sims.get(stage.index);
    return {
      index: stage.index,
      displayName: stage.displayName,
      named: stage.name !== null,
      base: stage.baseStage !== null ? (stages[stage.baseStage]?.displayName ?? stage.base) : stage.base,
      baseStage: stage.baseStage,
      line: stage.line,
      endLine: stage.range.end.line,
      built: stage.built,
      builtByBuildkit: buildkit.has(stage.index),
      builtByLegacy: legacy.has(stage.index),
      level: stage.level,
      sizeBytes: sim ? sim.sizeBytes : null,
      estimatedBytes: sim ? sim.estimatedBytes : 0,
      skippedBecause: stage.built ? null : skipReason(stage, target, targetName),
    };
  });

  const sources: SourceView[] = [];
  const seenSources = new Set<string>();
  const addSource = (source: SourceView) => {
    if (seenSources.has(source.id)) return;
    seenSources.add(source.id);
    sources.push(source);
  };
  const edges: EdgeView[] = [];
  const ranks = new Map<string, number>();
  const pushEdge = (edge: Omit<EdgeView, "id">) => {
    const base = `${edge.kind}:${edge.from}>${edge.to}`;
    const rank = ranks.get(base) ?? 0;
    ranks.set(base, rank + 1);
    edges.push({ id: rank === 0 ? base : `${base}#${rank}`, ...edge });
  };
  const copiedBytes = (stage: StageIndex, line: number): number | null => {
    const sim = sims.get(stage);
    if (!sim) return null;
    const layer = sim.layers.find((l) => l.stage === stage && l.line === line);
    return layer ? layer.sizeBytes : null;
  };

  for (const edge of analysis.edges) {
    let from: StageIndex | string = edge.from;
    if (typeof edge.from === "string") {
      from = imageNodeId(edge.from);
      addSource({ id: from, kind: "image", label: edge.from });
    }
    pushEdge({
      kind: edge.kind,
      from,
      to: edge.to,
      line: edge.line,
      paths: edge.paths.filter(Boolean),
      destination: edge.destination,
      bytes: edge.kind === "copy" ? copiedBytes(edge.to, edge.line) : null,
      onbuild: edge.onbuild,
      skipped: !(stages[edge.to]?.built ?? false),
    });
  }
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      if (findFlag(instruction, "from")) continue;
      const words = instruction.args.map((w) => w.value);
      // ADD of a URL or a git repository, and heredocs, read no context file.
      const paths = words.slice(0, -1).filter((p) => !/^([a-z][a-z0-9+.-]*:\/\/|git@|<<)/i.test(p));
      if (paths.length === 0) continue;
      addSource({ id: CONTEXT_NODE, kind: "context", label: "Build context" });
      const line = instruction.range.start.line;
      pushEdge({
        kind: "context",
        from: CONTEXT_NODE,
        to: stage.index,
        line,
        paths,
        destination: words.length > 1 ? (words[words.length - 1] ?? null) : null,
        bytes: copiedBytes(stage.index, line),
        onbuild: false,
        skipped: !stage.built,
      });
    }
  }

  const args: ArgView[] = analysis.metaArgs.map((a) => ({
    name: a.name,
    defaultText: a.defaultText,
    scope: "global",
    line: a.line,
  }));
  const declared = new Set(args.map((a) => a.name));
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "ARG") continue;
      for (const word of instruction.args) {
        const eq = word.value.indexOf("=");
        const name = eq < 0 ? word.value : word.value.slice(0, eq);
        if (!name || declared.has(name)) continue;
        declared.add(name);
        args.push({
          name,
          defaultText: eq < 0 ? null : word.value.slice(eq + 1),
          scope: stage.displayName,
          line: instruction.range.start.line,
        });
      }
    }
  }

  return {
    version,
    options: analysis.options,
    lineCount: analysis.parse.lineCount,
    parseError: parseErrorOf(analysis),
    stages: stageViews,
    sources,
    edges,
    target,
    defaultTarget: stages.length > 0 ? ((stages.length - 1) as StageIndex) : null,
    levels: analysis.levels,
    args,
    diagnostics: analysis.diagnostics,
    steps: simulation.steps,
    times: simulation.times,
    failure: log.failure,
    stageImages: simulation.stages.map(toStageImageView),
    image: imageView(analysis),
    leftBehind: leftBehind(analysis),
    context: simulation.context ?? null,
    contextPaths,
    log: log.entries,
  };
}

function skipReason(stage: Stage, target: StageIndex | null, targetName: string | null): string {
  if (target === null) return "not built: there is no target";
  if (stage.index > target) return `after the target ${targetName}: not built`;
  return `not needed for target ${targetName}`;
}

function imageView(analysis: Analysis): ImageView | null {
  const image = analysis.simulation.image;
  if (!image) return null;
  const sim = analysis.simulation.stages.find((s) => s.stage === image.target);
  const files = sim?.files ?? [];
  return {
    target: image.target,
    base: image.base,
    sizeBytes: image.sizeBytes,
    estimatedBytes: image.estimatedBytes,
    baseBytes: image.layers.filter((l) => l.kind === "base").reduce((sum, l) => sum + l.sizeBytes, 0),
    fileCount: countFiles(files),
    layers: image.layers.map(toLayerView),
    verdict: image.verdict,
    sizeByOrigin: sizeByOrigin(image.layers),
    tools: toolsIn(files),
  };
}

function parseErrorOf(analysis: Analysis): AnalysisView["parseError"] {
  const error = analysis.parse.diagnostics.find((d) => d.severity === "error");
  return error ? { line: error.range.start.line, message: error.message } : null;
}
