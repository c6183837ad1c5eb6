// The engine benchmark's measurements, run by benchEngine.ts as a Vite bundle in a plain Node
// process: the engine's code as the app ships it (no tsx), alone in its process as in its worker.
// Prints timings and never fails on a slow machine.
import { DockerfileParser } from "dockerfile-ast";
import { analyze } from "../web/engine/analyze";
import { parseDockerfile, simulate } from "../web/engine/index";
import { copyChainDockerfile, keystrokeTexts, sampleDockerfile } from "../web/engine/sampleDockerfile";
import { createEngineSession } from "../web/engine/views/engineSession";
import { toView } from "../web/engine/views/toView";
import { budgetRun, budgetText, middle, ms, verdict } from "./benchBudget";
import { join } from "node:path";
import { createGoalQueries } from "../web/content/goals/goalQueries";
import { loadCourse } from "../web/content/loadCourse";

if (process.argv.includes("--keystrokes")) {
  keystrokes();
  process.exit(0);
}

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
// What the worker adds for each keystroke: the view of the analysis, and the copy postMessage makes.
const budgetAnalysis = analyze(budgetText);
const view = toView(budgetAnalysis);
console.log(
  `  toView (after)   ${ms(median(() => toView(budgetAnalysis), 501))}; the view: ${(JSON.stringify(view).length / 1024).toFixed(1)} kB as JSON, structuredClone ${ms(median(() => structuredClone(view), 201)).trim()}`,
);
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

// A lesson's goals are checked in the worker after each analysis; goals that need another build
// (cache reuse, another target, a build arg, the starter) run it then.
console.log("\nlesson goals, checked on the starter's analysis (after analyze)");
for (const lesson of loadCourse(join(import.meta.dirname, "..", "..", "..", "lessons")).lessons) {
  const session = createEngineSession();
  session.analyze(lesson.starter, { context: lesson.context });
  const goals = createGoalQueries(session);
  const time = median(() => goals.goals(lesson.goals, lesson.starter), 21);
  console.log(`  ${lesson.id.padEnd(32)} ${ms(time)} for ${lesson.goals.length} goals`);
}

/**
 * The engine as a new tab meets it: a fresh process (no JIT warm-up) analyzing the texts of 100
 * keystrokes, each with its view, as the worker does. The loops above run warm code.
 */
function keystrokes() {
  for (const [stages, text] of [
    [20, budgetText],
    [200, sampleDockerfile(200)],
  ] as const) {
    const session = createEngineSession();
    const times = keystrokeTexts(text, 100).map((source) => {
      const start = performance.now();
      session.analyze(source, {});
      return performance.now() - start;
    });
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.ceil(q * sorted.length) - 1] as number;
    console.log(
      `${String(stages).padStart(3)} stages: first ${ms(times[0] as number).trim()}, p50 ${ms(at(0.5)).trim()}, p95 ${ms(at(0.95)).trim()}, last 20 ${ms(middle(times.slice(-20))).trim()} median`,
    );
  }
}
