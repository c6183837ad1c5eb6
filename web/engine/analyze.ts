// Placeholder until the stage graph lands (issue 3): keeps the public entry importable.
import type { Diagnostic } from "./diagnostics/types";

export interface AnalyzeOptions {
  target?: string;
  buildArgs?: Record<string, string>;
  builder?: "buildkit" | "legacy";
}

export interface Analysis {
  diagnostics: Diagnostic[];
}

export function analyze(_source: string, _options: AnalyzeOptions = {}): Analysis {
  throw new Error("analyze: not implemented yet");
}
