// The one place the core asks for the start verdict (web/engine/simulate/verdict, owned separately).
// Until computeVerdict lands, the verdict says it was not evaluated.
import type { StageSimulation, Verdict } from "./types";

export function startVerdict(target: StageSimulation, _all: StageSimulation[]): Verdict {
  const { entrypoint, cmd } = target.config;
  const command = [...(entrypoint ?? []), ...(cmd ?? [])];
  return {
    runs: false,
    certain: false,
    command: command.length > 0 ? command : null,
    reasons: [{ check: "command", ok: false, message: "not evaluated yet", line: null }],
  };
}
