import type { Analysis } from "./analyze";
import type { Diagnostic } from "./diagnostics/types";
import type { VerdictReason } from "./simulate/types";

/** The JSON shape `stageplay analyze --json` prints: plain data, 1-based lines, stage indexes as numbers. */
export interface AnalysisJson {
  target: number | null;
  builder: "buildkit" | "legacy";
  platform: string;
  built: number[];
  levels: number[][];
  metaArgs: { name: string; value: string | null; line: number }[];
  stages: {
    index: number;
    name: string | null;
    displayName: string;
    base: string;
    baseStage: number | null;
    image: string | null;
    platform: string | null;
    built: boolean;
    level: number | null;
    line: number;
    /** The simulated stage's size (base included), or null when it was not simulated. */
    sizeBytes: number | null;
  }[];
  edges: {
    kind: "from" | "copy" | "mount";
    from: number | string;
    to: number;
    line: number;
    paths: string[];
    destination: string | null;
    onbuild: boolean;
  }[];
  diagnostics: {
    severity: "error" | "warning" | "info";
    rule: string | null;
    message: string;
    line: number;
    column: number;
  }[];
  /** The target image, or null when it could not be simulated. */
  image: {
    target: number;
    base: string;
    sizeBytes: number;
    estimatedBytes: number;
    layers: {
      sizeBytes: number;
      line: number | null;
      instruction: string;
      kind: string;
      knowledge: string;
    }[];
    /** `runs`: true (starts), false (would not start, certain) or null (cannot tell, or an export stage). */
    verdict: {
      runs: boolean | null;
      certain: boolean;
      exportOnly: boolean;
      command: string[] | null;
      reasons: VerdictReason[];
    };
  } | null;
  /** The simulated log's steps with their cache status and timing. */
  steps: {
    id: string;
    stage: number;
    position: number;
    of: number;
    line: number;
    text: string;
    status: "run" | "cached" | "skipped";
    cacheKey: string;
    durationMs: number;
    startMs: number;
    endMs: number;
  }[];
  times: { buildkitMs: number; legacyMs: number; criticalPath: string[] };
  /** The build context after .dockerignore, or null when none was given. */
  context: { files: number; sizeBytes: number; ignored: string[] } | null;
  /** The simulator's notes (estimated sizes, unknown images and commands), all severities. */
  simulationDiagnostics: AnalysisJson["diagnostics"];
}

/** Reduces an Analysis to serialisable data for the CLI and for snapshots. */
export function toAnalysisJson(analysis: Analysis): AnalysisJson {
  const simulation = analysis.simulation;
  const image = simulation.image;
  const sizes = new Map<number, number>(simulation.stages.map((s) => [s.stage, s.sizeBytes]));
  return {
    target: analysis.target,
    builder: analysis.options.builder,
    platform: analysis.options.platform,
    built: [...analysis.built],
    levels: analysis.levels.map((level) => [...level]),
    metaArgs: analysis.metaArgs.map(({ name, value, line }) => ({ name, value, line })),
    stages: analysis.stages.map((s) => ({
      index: s.index,
      name: s.name,
      displayName: s.displayName,
      base: s.base,
      baseStage: s.baseStage,
      image: s.image?.normalized ?? null,
      platform: s.platform,
      built: s.built,
      level: s.level,
      line: s.line,
      sizeBytes: sizes.get(s.index) ?? null,
    })),
    edges: analysis.edges.map((e) => ({
      kind: e.kind,
      from: e.from,
      to: e.to,
      line: e.line,
      paths: [...e.paths],
      destination: e.destination,
      onbuild: e.onbuild,
    })),
    diagnostics: analysis.diagnostics.map(diagnosticJson),
    image: image && {
      target: image.target,
      base: image.base,
      sizeBytes: image.sizeBytes,
      estimatedBytes: image.estimatedBytes,
      layers: image.layers.map((l) => ({
        sizeBytes: l.sizeBytes,
        line: l.line,
        instruction: l.instruction,
        kind: l.kind,
        knowledge: l.knowledge,
      })),
      verdict: {
        runs: image.verdict.runs,
        certain: image.verdict.certain,
        exportOnly: image.verdict.exportOnly === true,
        command: image.verdict.command,
        reasons: image.verdict.reasons.map((r) => ({ ...r })),
      },
    },
    steps: simulation.steps.map((s) => ({
      id: s.id,
      stage: s.stage,
      position: s.position,
      of: s.of,
      line: s.line,
      text: s.text,
      status: s.status,
      cacheKey: s.cacheKey,
      durationMs: s.durationMs,
      startMs: s.startMs,
      endMs: s.endMs,
    })),
    times: { ...simulation.times, criticalPath: [...simulation.times.criticalPath] },
    context: simulation.context ? { ...simulation.context, ignored: [...simulation.context.ignored] } : null,
    simulationDiagnostics: simulation.diagnostics.map(diagnosticJson),
  };
}

function diagnosticJson(d: Diagnostic): AnalysisJson["diagnostics"][number] {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.column,
  };
}
