// The engine as the app uses it: it keeps the latest analysis and answers with views of it. The
// worker wraps one session; tests and the CLI can use one directly.
import { analyze, type Analysis, type AnalyzeOptions } from "../analyze";
import { renderMermaid } from "../graph/renderMermaid";
import { utf8Length } from "../parse/splitLines";
import { cacheKeysOf, compareBuilds } from "../simulate/compareBuilds";
import type { ContextFile } from "../simulate/types";
import type { StageIndex } from "../stages/types";
import { showdownFigures } from "./showdownFigures";
import { stageFiles } from "./stageFiles";
import { toView } from "./toView";
import type { AnalysisView, RerunView, ShowdownFigures, StageFilesView } from "./types";
import { answerLanguage, type LanguageAnswers, type LanguageRequest } from "../language/languageService";

/** The latest analysis with what produced it; it stays inside the session's thread. */
export interface LatestAnalysis {
  analysis: Analysis;
  source: string;
  options: AnalyzeOptions;
  version: number;
}

export interface EngineSession {
  /** Analyzes `source` and keeps the result as the latest. */
  analyze(source: string, options: AnalyzeOptions): AnalysisView;
  /** A stage's file tree in the latest analysis. */
  stageFiles(stage: StageIndex): StageFilesView;
  /** Which steps of the latest build re-run when the context file `path` changes. */
  reruns(path: string): RerunView;
  /** The latest stage graph as a Mermaid flowchart. */
  mermaid(): string;
  /** The showdown's figures for a Dockerfile, without touching the latest analysis. */
  figures(source: string, options: AnalyzeOptions): ShowdownFigures;
  /**
   * The editor's question about `request.source`: answered from the latest analysis when it is of
   * that text, else from one of that text with the latest options (kept for the next question, not
   * made the latest: the panels have not seen it).
   */
  language<R extends LanguageRequest>(request: R): LanguageAnswers[R["query"]];
  /** The latest analysis itself, for questions asked next to it (a lesson's goals); null before the first. */
  latest(): LatestAnalysis | null;
}

/** `analyzeText` is the pipeline; tests pass a counting one. */
export function createEngineSession(analyzeText: typeof analyze = analyze): EngineSession {
  let latest: LatestAnalysis | null = null;
  let version = 0;
  // Questions often overtake their text's analysis (the app sends one analysis at a time): the text
  // the editor asked about last, analyzed once for all the questions about it and for the analysis
  // request that follows them.
  let asked: { source: string; options: AnalyzeOptions; analysis: Analysis } | null = null;
  const analysisOf = (source: string): Analysis => {
    if (latest?.source === source) return latest.analysis;
    const options = latest?.options ?? NO_OPTIONS;
    if (asked?.source !== source || asked.options !== options)
      asked = { source, options, analysis: analyzeText(source, options) };
    return asked.analysis;
  };
  return {
    analyze(source, given) {
      // Options cross postMessage as a copy each time: the same ones keep the identity of the last,
      // so questions asked with them find their analysis.
      const options = latest && sameOptions(latest.options, given) ? latest.options : given;
      const analysis =
        asked?.source === source && sameOptions(asked.options, options)
          ? asked.analysis
          : analyzeText(source, options);
      asked = null;
      latest = { analysis, source, options, version: ++version };
      const contextPaths = (options.context ?? []).map((f) => f.path).sort();
      return toView(analysis, version, contextPaths, utf8Length(source));
    },
    stageFiles(stage) {
      if (!latest) return { version: 0, stage, files: [] };
      return { version: latest.version, stage, files: stageFiles(latest.analysis, stage) };
    },
    reruns(path) {
      if (!latest) return { version: 0, path, steps: [] };
      const { analysis, source, options } = latest;
      const context = (options.context ?? []).map((file) => (file.path === path ? edited(file) : file));
      const after = analyzeText(source, {
        ...options,
        context,
        previousCacheKeys: cacheKeysOf(analysis.simulation),
      });
      const comparison = compareBuilds(analysis.simulation, after.simulation);
      const because = new Map(comparison.rerun.map((r) => [r.step.id, r.because]));
      return {
        version: latest.version,
        path,
        steps: after.simulation.steps.map((step) => ({
          stepId: step.id,
          line: step.line,
          text: step.text,
          status: because.has(step.id) ? "rerun" : "cached",
          because: because.get(step.id) ?? null,
        })),
      };
    },
    mermaid: () => (latest ? renderMermaid(latest.analysis) : "flowchart LR\n"),
    figures: (source, options) => showdownFigures(analyzeText(source, options)),
    language: <R extends LanguageRequest>(request: R) =>
      answerLanguage(analysisOf(request.source), request) as LanguageAnswers[R["query"]],
    latest: () => latest,
  };
}

/** The same file after an edit: one more line, so its content hash changes. */
function edited(file: ContextFile): ContextFile {
  const content = `${file.content ?? ""}\n# edited`;
  return { ...file, content, sizeBytes: file.sizeBytes + 9 };
}

const NO_OPTIONS: AnalyzeOptions = {};

/** Whether two option sets ask for the same analysis (small plain data: a context of a few files). */
function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
