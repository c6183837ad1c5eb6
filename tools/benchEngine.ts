// Prints engine timings (never fails on a slow machine): our parse and whole analyze for generated
// multistage Dockerfiles of 10, 100 and 1000 stages, dockerfile-ast's parse of the same text with
// the ratio, and analyze of a 20-stage, 300-line file against the 2 ms budget, phase by phase.
import { DockerfileParser } from "dockerfile-ast";
import { analyze, type AnalyzePhase } from "../web/engine/analyze";
import { parseDockerfile, simulate } from "../web/engine/index";
import { sampleDockerfile } from "../web/engine/sampleDockerfile";

function median(run: () => void, times: number): number | null {
  try {
    run(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] as number;
  } catch (e) {
    console.log(`  (failed: ${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
}

const ms = (value: number | null) =>
  value === null ? "n/a".padStart(9) : `${value.toFixed(3).padStart(9)} ms`;

console.log("stages   lines    our parse     analyze   dockerfile-ast   ast/ours");
for (const stages of [10, 100, 1000]) {
  const text = sampleDockerfile(stages);
  const runs = stages >= 1000 ? 7 : 21;
  const ours = median(() => parseDockerfile(text), runs);
  const whole = median(() => analyze(text), runs);
  const theirs = median(() => DockerfileParser.parse(text), runs);
  const ratio = ours && theirs ? `${(theirs / ours).toFixed(2)}×` : "n/a";
  const lineCount = text.split("\n").length;
  console.log(
    `${String(stages).padStart(6)} ${String(lineCount).padStart(7)} ${ms(ours)} ${ms(whole)} ${ms(theirs)}   ${ratio}`,
  );
}

// The simulator alone (analyze includes it): every stage's filesystem, layers, steps and schedule.
console.log("\nstages   simulate (of analyze)");
for (const stages of [10, 100, 1000]) {
  const analysis = analyze(sampleDockerfile(stages));
  const time = median(() => simulate(analysis), stages >= 1000 ? 7 : 21);
  const budget =
    stages === 1000 && time !== null ? (time < 1000 ? "  (well under a second)" : "  (over a second)") : "";
  console.log(`${String(stages).padStart(6)} ${ms(time)}${budget}`);
}

const budgetText = sampleDockerfile(20, 15).split("\n").slice(0, 300).join("\n");
const budget = median(() => analyze(budgetText), 51);
const verdict = budget === null ? "" : budget < 2 ? "(within the 2 ms target)" : "(over the 2 ms target)";
console.log(
  `\nanalyze, 20 stages / ${budgetText.split("\n").length} lines: ${ms(budget)} median of 51 ${verdict}`,
);

// Where the 20-stage file's time goes: each phase's median over the same runs (medians need not
// add up to the whole's median).
const phases = new Map<AnalyzePhase | "whole", number[]>();
const sample = (phase: AnalyzePhase | "whole", time: number) => {
  const samples = phases.get(phase);
  if (samples) samples.push(time);
  else phases.set(phase, [time]);
};
for (let run = 0; run < 52; run++) {
  const start = performance.now();
  let last = start;
  analyze(budgetText, {}, (phase) => {
    if (run > 0) sample(phase, performance.now() - last);
    last = performance.now();
  });
  if (run > 0) sample("whole", performance.now() - start);
}
for (const [phase, samples] of phases) {
  samples.sort((a, b) => a - b);
  console.log(`  ${phase.padEnd(16)} ${ms(samples[Math.floor(samples.length / 2)] as number)}`);
}
