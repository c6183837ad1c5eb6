// The legacy builder's log (`DOCKER_BUILDKIT=0 docker build`), printed from the engine's build log.
import type { Analysis } from "../engine/analyze";
import { buildLogText, legacyLog } from "../engine/views/buildLog";
import type { BuildLog, BuildInputs } from "./formatBuildLog";

export function formatLegacyLog(analysis: Analysis, inputs: BuildInputs): BuildLog {
  const { entries, failed } = legacyLog(analysis, inputs);
  return { text: buildLogText(entries), failed };
}
