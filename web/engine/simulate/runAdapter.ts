// The one place the core calls the RUN interpreter (web/engine/simulate/run, owned separately).
// Until simulateRun lands, every RUN is a layer of unknown effect, said so, never guessed.
import type { RunContext, RunEffect } from "./run/types";

/** What a RUN does to the filesystem, from the RUN interpreter. */
export function runEffect(command: string | string[], ctx: RunContext): RunEffect {
  const text = Array.isArray(command) ? command.join(" ") : command;
  return {
    changes: [],
    knowledge: "unknown",
    commands: [],
    durationMs: 1000,
    durationNote: "a RUN of unknown effect: 1 s assumed",
    diagnostics: [
      {
        severity: "info",
        rule: "UnknownRunEffect",
        message: `Stageplay does not simulate RUN commands yet; the effect of "${text.slice(0, 60)}" on line ${ctx.line} is unknown.`,
        range: { start: { line: ctx.line, column: 1 }, end: { line: ctx.line, column: 1 } },
      },
    ],
  };
}
