// Runs BuildKit's own parser and shell test data (../shared/tools/conformance.mts) against the engine.
// The data lives beside the project, not in it; without it the run says so and is skipped.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const runner = "../shared/tools/conformance.mts";
if (!existsSync(runner)) {
  console.log(`conformance: skipped, ${runner} is not here (it ships beside the project, in shared/)`);
  process.exit(0);
}
const { status } = spawnSync("npx", ["tsx", runner, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(status ?? 1);
