// The engine benchmark's measurements, run by benchEngine.ts as a Vite bundle in a plain Node
// process: the engine's code as the app ships it (no tsx), alone in its process as in its worker.
// Prints timings and never fails on a slow machine.
import { DockerfileParser } from "dockerfile-ast";
import { analyze } from "../web/engine/analyze";
import { parseDockerfile, simulate } from "../web/engine/index";
import { copyChainDockerfile, sampleDockerfile } from "../web/engine/sampleDockerfile";
import { budgetRun, budgetText, middle, ms, verdict } from "./benchBudget";

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

// The 2 ms budget first, before the 1000-stage runs grow the heap (their major GCs landed in its
// samples).
const shipped = budgetRun(analyze);
console.log(
  `analyze, 20 stages / ${budgetText.split("\n").length} lines: ${ms(shipped.median)} median of 501 ${verdict(shipped.median)}, fastest ${ms(shipped.fastest)}`,
);
for (const [phase, samples] of shipped.phases) console.log(`  ${phase.padEnd(16)} ${ms(middle(samples))}`);
console.log();

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

// A chain where each stage is built FROM the previous one and COPYs its app folder (which holds the
// earlier copies): its files grow quadratically, so past ~140 stages the simulator's work budget
// stops it (one simulation-budget warning). Before the budget, 1 000 stages ran Node out of memory.
console.log("\ncopy chain   analyze   stages simulated");
for (const stages of [50, 100, 200, 1000]) {
  const text = copyChainDockerfile(stages);
  let simulated = 0;
  const time = median(() => {
    simulated = analyze(text).simulation.stages.length;
  }, 3);
  console.log(
    `${String(stages).padStart(10)} ${ms(time)}   ${simulated}${simulated < stages ? " (budget)" : ""}`,
  );
}
