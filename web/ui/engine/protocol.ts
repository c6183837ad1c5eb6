import type { AnalysisView, AnalyzeOptions, LanguageRequest, StageIndex } from "../../engine";
import type { EngineSession } from "../../engine";
import type { GoalQueries } from "../../content/goals/goalQueries";
import type { Goal } from "../../content/goals/types";

/** Messages between the app and the engine worker. Plain data: they cross postMessage. */
export type EngineRequest =
  | { id: number; kind: "analyze"; source: string; options: AnalyzeOptions }
  | { id: number; kind: "stageFiles"; stage: StageIndex }
  | { id: number; kind: "reruns"; path: string }
  | { id: number; kind: "mermaid" }
  | { id: number; kind: "figures"; source: string; options: AnalyzeOptions }
  | { id: number; kind: "goals"; goals: Goal[]; starter: string | null }
  | { id: number; kind: "language"; request: LanguageRequest };

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

export type EngineReply =
  /** `workMs`: how long the request took in the worker, without the messages' copying. */
  { id: number; result: EngineAnswers[keyof EngineAnswers]; workMs: number } | { id: number; error: string };
