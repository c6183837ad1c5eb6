// The one place the core asks for the start verdict (web/engine/simulate/verdict, owned separately).
// A failure there must not cost the learner the rest of the simulation, so it becomes an uncertain
// verdict that says what went wrong.
import type { StageSimulation, Verdict } from "./types";
import { computeVerdict } from "./verdict/computeVerdict";

/** Whether `docker run` of the target stage's image would start, with reasons. */
export function startVerdict(target: StageSimulation, all: StageSimulation[]): Verdict {
  try {
    return computeVerdict(target, all);
  } catch (e) {
    const { entrypoint, cmd } = target.config;
    const command = [...(entrypoint ?? []), ...(cmd ?? [])];
    return {
      runs: null,
      certain: false,
      command: command.length > 0 ? command : null,
      reasons: [
        { check: "command", ok: false, message: `the start verdict failed: ${String(e)}`, line: null },
      ],
    };
  }
}
