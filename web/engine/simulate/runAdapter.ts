// The one place the core calls the RUN interpreter (web/engine/simulate/run, owned separately).
import { simulateRun } from "./run/simulateRun";
import type { RunContext, RunEffect } from "./run/types";

/** What a RUN does to the filesystem, from the RUN interpreter. */
export function runEffect(command: string | string[], ctx: RunContext): RunEffect {
  return simulateRun(command, ctx);
}
