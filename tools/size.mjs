// Prints the gzip size of what the first load fetches (the initial JavaScript and CSS, before Monaco)
// and of the lazily loaded Monaco chunks, engine worker, stage diagram and lesson texts, from the
// production build in dist/.
// Fails when the initial JavaScript exceeds the budget: sizes are deterministic, unlike timings.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const DIST = "dist";
const BUDGET_INITIAL_JS = 150_000; // bytes gzip (150 kB)

if (!existsSync(join(DIST, "index.html"))) {
  console.error("size: no dist/index.html; run `npm run build` first");
  process.exit(2);
}

const html = readFileSync(join(DIST, "index.html"), "utf8");
const initial = new Set(
  [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const assets = readdirSync(join(DIST, "assets")).map((f) => `assets/${f}`);

const measure = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const row = ({ file, raw, gzip }) => `  ${file.padEnd(44)} ${kB(raw).padStart(11)} ${kB(gzip).padStart(11)}`;
const sum = (list) => list.reduce((total, m) => total + m.gzip, 0);

const initialFiles = [...initial].map(measure);
const initialJs = initialFiles.filter((m) => m.file.endsWith(".js"));
const monaco = assets.filter((f) => /(monacoSetup|editor\.worker|codicon|dockerfile-)/.test(f)).map(measure);
const engine = assets.filter((f) => /engineWorker/.test(f)).map(measure);
const diagram = assets.filter((f) => /DiagramView/.test(f)).map(measure);
// Each lesson's text is a chunk named after the lesson.
const lessonIds = JSON.parse(readFileSync("lessons/course.json", "utf8")).lessons;
const lessonTexts = assets
  .filter((f) => f.endsWith(".js") && lessonIds.some((id) => f.startsWith(`assets/${id}-`)))
  .map(measure);

console.log(`  ${"file".padEnd(44)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`);
console.log("initial load (before Monaco):");
initialFiles.forEach((m) => console.log(row(m)));
console.log("Monaco (lazy):");
monaco.forEach((m) => console.log(row(m)));
console.log("engine worker (lazy):");
engine.forEach((m) => console.log(row(m)));
console.log("stage diagram (lazy, with the Diagram tab):");
diagram.forEach((m) => console.log(row(m)));
const largest = lessonTexts.reduce((max, m) => (m.gzip > (max?.gzip ?? 0) ? m : max), null);
console.log(
  `lesson texts (lazy, one chunk per lesson): ${lessonTexts.length} chunks, ${kB(sum(lessonTexts))} gzip in all${largest ? `, the largest ${kB(largest.gzip)} (${largest.file})` : ""}`,
);
console.log(`initial JavaScript: ${kB(sum(initialJs))} gzip (budget ${kB(BUDGET_INITIAL_JS)})`);
console.log(`Monaco chunks: ${kB(sum(monaco))} gzip, loaded after the shell is interactive`);
console.log(`engine worker: ${kB(sum(engine))} gzip, started after the shell is interactive`);

if (sum(initialJs) > BUDGET_INITIAL_JS) {
  console.error(`size: the initial JavaScript is over budget by ${kB(sum(initialJs) - BUDGET_INITIAL_JS)}`);
  process.exit(1);
}
