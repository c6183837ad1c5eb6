import type { Analysis } from "./analyze";

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
}

/** Reduces an Analysis to serialisable data for the CLI and for snapshots. */
export function toAnalysisJson(analysis: Analysis): AnalysisJson {
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
    diagnostics: analysis.diagnostics.map((d) => ({
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      line: d.range.start.line,
      column: d.range.start.column,
    })),
  };
}
