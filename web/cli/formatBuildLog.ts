// A simulated build printed like `docker buildx build --progress=plain`; the lines and their timing
// come from the engine's build log, which the app's build player plays back.
import type { Analysis } from "../engine/analyze";
import type { Diagnostic } from "../engine/diagnostics/types";
import { buildkitLog, buildLogText, type BuildLogInputs } from "../engine/views/buildLog";

export interface BuildLog {
  text: string;
  /** The simulation error that stopped the build, if any. */
  failed: Diagnostic | null;
}

export interface BuildInputs extends BuildLogInputs {
  dockerfileBytes: number;
}

/** The progress log of `analysis.simulation`. */
export function formatBuildLog(analysis: Analysis, inputs: BuildInputs): BuildLog {
  const { entries, failed } = buildkitLog(analysis, inputs);
  return { text: buildLogText(entries), failed };
}
