// `npm run bench:engine`: prints engine timings, and never fails on a slow machine.
//
// The measurements (benchEngineRun.ts) run on the engine as the app ships it: bundled by Vite and
// run by plain Node in a process of its own, as the engine runs alone in its worker. tsx, which runs
// this file, compiles each module apart and wraps every named function in `__name` (esbuild's
// keepNames, also applied to code it imports); that costs the engine 15-25 % and never reaches a
// browser. The last line gives the 2 ms figure under tsx too, so the two can be compared.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { build } from "vite";
import { analyze } from "../web/engine/analyze";
import { budgetRun, ms, verdict } from "./benchBudget";

const root = join(import.meta.dirname, "..");
// Under node_modules so the bundle's bare imports (dockerfile-ast) resolve from the project.
const outDir = join(root, "node_modules", ".cache", "stageplay-bench");
await build({
  root,
  configFile: false,
  logLevel: "warn",
  publicDir: false,
  build: {
    ssr: join(root, "tools", "benchEngineRun.ts"),
    outDir,
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: "benchEngineRun.mjs" } },
  },
});
for (const args of [["--keystrokes"], []]) {
  if (args.length > 0)
    console.log(
      "analyze and view of 100 keystrokes' texts in a fresh engine, as a new tab's worker runs them:",
    );
  const run = spawnSync(process.execPath, [join(outDir, "benchEngineRun.mjs"), ...args], {
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(`bench:engine: the measurements stopped (${run.signal ?? `exit code ${run.status}`})`);
    process.exit(1);
  }
  console.log();
}

const dev = budgetRun(analyze);
console.log(
  `\nanalyze of the 20-stage file through tsx's loader (not shipped): ${ms(dev.median)} median ${verdict(dev.median)}, fastest ${ms(dev.fastest)}`,
);
