import type { Analysis, AnalyzeOptions } from "../../engine";

/** Messages between the app and the engine worker. Plain data: they cross postMessage. */
export interface EngineRequest {
  id: number;
  source: string;
  options: AnalyzeOptions;
}

export type EngineReply = { id: number; analysis: Analysis } | { id: number; error: string };
