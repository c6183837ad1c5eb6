// The engine's own budget: analyze of a 20-stage, 300-line Dockerfile in 2 ms, a small share of the
// keystroke's one frame (DESIGN.md, Budgets); measured whole and phase by phase.
// Shared by the benchmark's two runs (the engine as shipped, and through tsx).
import type { analyze as analyzeFunction, AnalyzePhase } from "../web/engine/analyze";
import { sampleDockerfile } from "../web/engine/sampleDockerfile";

export const budgetText = sampleDockerfile(20, 15).split("\n").slice(0, 300).join("\n");

export const middle = (samples: readonly number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;

export const ms = (value: number | null) =>
  value === null ? "n/a".padStart(9) : `${value.toFixed(3).padStart(9)} ms`;

export const verdict = (value: number) => (value < 2 ? "(within the 2 ms target)" : "(over the 2 ms target)");

/**
 * 501 timed runs after 1000 warm-up ones (with 50 the JIT was not done, with 300 the medians still drifted). One loop gives the whole and
 * each phase, so the phases are those of the same runs; their medians need not add up.
 */
export function budgetRun(analyze: typeof analyzeFunction) {
  const phases = new Map<AnalyzePhase, number[]>();
  const whole: number[] = [];
  for (let round = -1000; round < 501; round++) {
    const start = performance.now();
    let last = start;
    analyze(budgetText, {}, (phase) => {
      const now = performance.now();
      if (round >= 0) {
        const samples = phases.get(phase);
        if (samples) samples.push(now - last);
        else phases.set(phase, [now - last]);
      }
      last = now;
    });
    if (round >= 0) whole.push(performance.now() - start);
  }
  // The fastest run too: on a loaded machine the median swings more between runs than the fastest.
  return { median: middle(whole), fastest: Math.min(...whole), phases };
}
