import type { Analysis, AnalyzeOptions } from "../../engine";

/** Messages between the app and the engine worker. Plain data: they cross postMessage. */
export interface EngineRequest {
  id: number;
  source: string;
  options: AnalyzeOptions;
}

export type EngineReply =
  /** `analyzeMs`: how long analyze took in the worker, without the messages' copying. */
  { id: number; analysis: Analysis; analyzeMs: number } | { id: number; error: string };
