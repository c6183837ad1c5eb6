import type { AnalysisView, AnalyzeOptions, LanguageRequest, StageIndex, ViewDelta } from "../../engine";
import type { EngineSession } from "../../engine";
import type { GoalQueries } from "../../content/goals/goalQueries";
import type { Goal } from "../../content/goals/types";

/**
 * Messages between the app and the engine worker. Plain data: they cross postMessage. `sentAt` is
 * when the request was posted, in ms since the epoch (`performance.timeOrigin + performance.now()`,
 * which both threads read on the same clock).
 */
export type EngineRequest = { sentAt: number } & (
  | { id: number; kind: "analyze"; source: string; options: AnalyzeOptions }
  | { id: number; kind: "stageFiles"; stage: StageIndex }
  | { id: number; kind: "reruns"; path: string }
  | { id: number; kind: "mermaid" }
  | { id: number; kind: "figures"; source: string; options: AnalyzeOptions }
  | { id: number; kind: "goals"; goals: Goal[]; starter: string | null }
  | { id: number; kind: "language"; request: LanguageRequest }
);

/** What each request kind answers with. */
export interface EngineAnswers {
  analyze: AnalysisView;
  stageFiles: ReturnType<EngineSession["stageFiles"]>;
  reruns: ReturnType<EngineSession["reruns"]>;
  mermaid: string;
  figures: ReturnType<EngineSession["figures"]>;
  goals: ReturnType<GoalQueries["goals"]>;
  language: ReturnType<EngineSession["language"]>;
}

/**
 * For the benchmarks: `waitedMs` from the request's posting to the worker starting on it, `workMs`
 * the worker's own time on it (without the messages' copying), `repliedAt` when the reply was posted
 * (the same clock as `sentAt`).
 */
export type EngineReply =
  | {
      id: number;
      result: WireAnswers[keyof WireAnswers];
      waitedMs: number;
      workMs: number;
      repliedAt: number;
    }
  | { id: number; error: string };

/**
 * The answers as they cross: a view as what changed since the last one sent (the client applies
 * every one, in order, to the view it made last), the rest as they are.
 */
export type WireAnswers = Omit<EngineAnswers, "analyze"> & { analyze: ViewDelta };
