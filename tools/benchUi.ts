// `npm run bench:ui`: DESIGN.md's keystroke budget, measured in Chromium. Builds the app, serves it,
// opens the playground with the Diagram tab, loads a 20-stage, 300-line Dockerfile (then a 200-stage
// one) and makes single keystrokes at varied places, each timed from its keydown to the moment both
// the editor's markers (`stageplay:markers`) and the diagram (`stageplay:diagram`) show its analysis.
// On the 20-stage file it also times the editor's completion and hover, keydown to widget.
// Prints figures; never fails on a slow machine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { build, preview } from "vite";
import { analyze } from "../web/engine/analyze";
import { editableLines, keystrokeTexts, sampleDockerfile } from "../web/engine/sampleDockerfile";
import { createEngineSession } from "../web/engine/views/engineSession";
import { toView } from "../web/engine/views/toView";
import { createViewEncoder } from "../web/engine/views/viewDelta";
import { timeEditorAnswers } from "./benchEditorAnswers";
import { playgroundWith } from "./benchPage";

// `npm run bench:ui -- --edits 20 --no-build` for a quick look with the last build.
const flag = (name: string) => process.argv.indexOf(name);
const EDITS = flag("--edits") > 0 ? Number(process.argv[flag("--edits") + 1]) : 100;
const root = join(import.meta.dirname, "..");
const outDir = join(root, "node_modules", ".cache", "stageplay-bench-ui");

/** What one keystroke took, in ms; null where the app gave no figure. */
interface Sample {
  /** Keydown to the end of the next frame: the editor's own share, the floor for everything else. */
  frame: number | null;
  markers: number;
  diagram: number | null;
  roundTrip: number | null;
  inWorker: number | null;
  /** The parts of the path to the markers, in order (null when the analysis gave no figures). */
  path: Record<PathPart, number> | null;
}

/** The keystroke's way to the screen, part by part, as `measure` reads it from the app's marks. */
const PATH_PARTS = {
  request: "keydown to the request",
  waited: "the request waiting for the worker",
  work: "in the worker",
  replyWaited: "the reply waiting for the page",
  shown: "reply to markers",
} as const;
type PathPart = keyof typeof PATH_PARTS;

const files = [
  { stages: 20, text: sampleDockerfile(20, 15).split("\n").slice(0, 300).join("\n") },
  { stages: 200, text: sampleDockerfile(200, 15) },
];

console.log(
  `Chromium, ${EDITS} single keystrokes per file; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} (other work on the machine slows every figure)`,
);
if (flag("--no-build") < 0)
  await build({
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
const server = await preview({
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  build: { outDir },
  preview: { host: "127.0.0.1", port: 0, strictPort: false },
});
const address = server.resolvedUrls?.local[0];
if (!address) throw new Error("bench:ui: the preview server gave no address");

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const file of files) {
    const lineCount = file.text.split("\n").length;
    const label = `${file.stages} stages / ${lineCount} lines`;
    const { samples, cpu } = await typeInto(browser, file.text);
    const diagramSeen = samples.some((s) => s.diagram !== null);
    const whole = samples.map((s) => Math.max(s.markers, s.diagram ?? 0));
    console.log(
      `${label}: ${percentiles(whole)}${diagramSeen ? "" : " (markers only: the diagram set no mark)"}`,
    );
    if (diagramSeen)
      console.log(`  to the editor's markers alone: ${percentiles(samples.map((s) => s.markers))}`);
    console.log(
      `  keydown to the end of the next frame (the editor alone shows the key; the floor): ${percentiles(samples.flatMap((s) => s.frame ?? []))}`,
    );
    console.log(
      `  round trip to the engine worker: ${percentiles(samples.flatMap((s) => s.roundTrip ?? []))}; analyze and view in the worker: ${percentiles(samples.flatMap((s) => s.inWorker ?? []))}`,
    );
    const parts = Object.entries(PATH_PARTS).map(
      ([part, name]) =>
        `${name} ${percentiles(
          samples.flatMap((s) => s.path?.[part as PathPart] ?? []),
          false,
        )}`,
    );
    console.log(`  the way there, p50 (p95) ms: ${parts.join(", ")}`);
    if (cpu) console.log(`  CPU per keystroke and the 100 ms after it (Linux threads, 10 ms ticks): ${cpu}`);
    if (file.stages === 20) {
      const rounds = Math.ceil(EDITS / 4);
      const answers = await timeEditorAnswers(browser, address, file.text, rounds, settle);
      for (const [what, times] of Object.entries(answers))
        console.log(
          `  ${what}: ${percentiles(times)}${times.length < rounds ? ` (${times.length} of ${rounds})` : ""}`,
        );
    }
    const view = toView(analyze(file.text));
    console.log(
      `  the view: ${kB(view)} as JSON; sent per keystroke as its changes: ${deltaSizes(file.text)}${samples.length < EDITS ? `; ${EDITS - samples.length} of ${EDITS} keystrokes gave no update` : ""}`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

function kB(value: unknown): string {
  return `${(JSON.stringify(value).length / 1024).toFixed(1)} kB`;
}

/** What the worker sends for the keystrokes typed here: each view's changes from the one before. */
function deltaSizes(text: string): string {
  const session = createEngineSession();
  const encode = createViewEncoder();
  encode(session.analyze(text, {}));
  const sizes = keystrokeTexts(text, EDITS).map(
    (typed) => JSON.stringify(encode(session.analyze(typed, {}))).length,
  );
  return percentiles(sizes.map((size) => size / 1024)).replaceAll(" ms", " kB");
}

function percentiles(values: number[], long = true): string {
  if (values.length === 0) return "no figures";
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number).toFixed(1);
  return long ? `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms` : `${at(0.5)} (${at(0.95)})`;
}

/** Loads `text` into a fresh playground and times EDITS keystrokes: a character typed, then deleted, at each place. */
async function typeInto(browser: Browser, text: string): Promise<{ samples: Sample[]; cpu: string | null }> {
  const context = await playgroundWith(browser, text);
  await context.addInitScript(() => {
    const w = window as unknown as { stageplayKeys: number[]; stageplayFrames: number[] };
    w.stageplayKeys = [];
    w.stageplayFrames = [];
    window.addEventListener(
      "keydown",
      () => {
        const pressed = performance.now();
        w.stageplayKeys.push(pressed);
        // The floor: the end of the first frame after the key (a task queued from that frame's
        // animation callbacks runs once it is rendered), whatever the engine does meanwhile.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.stageplayFrames.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  const page = await context.newPage();
  try {
    await page.goto(`${address}#/playground`);
    const lines = page.locator(".monaco-editor .view-lines");
    await lines.waitFor({ timeout: 180_000 });
    await page.getByRole("tab", { name: "Diagram" }).click();
    await settle(page);
    await lines.click();

    const samples: Sample[] = [];
    // CPU of the keystrokes and what follows them for 100 ms, without the moves between places.
    const used = new Map<string, { name: string; pid: number; ms: number }>();
    for (const line of editableLines(text, EDITS / 2)) {
      // Monaco's "Go to line", then the end of that line: keys that change nothing.
      await page.keyboard.press("Control+G");
      await page.keyboard.type(String(line));
      await page.keyboard.press("Enter");
      await page.keyboard.press("End");
      for (const key of ["1", "Backspace"]) {
        const before = threadCpu();
        await page.keyboard.press(key);
        const sample = await measure(page);
        if (sample) samples.push(sample);
        await page.waitForTimeout(100); // typing pace, and time for the page to be idle
        for (const [id, thread] of threadCpu()) {
          const ms = thread.ms - (before.get(id)?.ms ?? 0) + (used.get(id)?.ms ?? 0);
          used.set(id, { ...thread, ms });
        }
      }
    }
    return { samples, cpu: cpuPerKeystroke(used, samples.length) };
  } finally {
    await context.close();
  }
}

/** Waits until the pasted file's analysis has been shown and the page has been quiet for a while. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const marks = () => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("stageplay:"));
    let last = -1;
    for (let quiet = 0; quiet < 10;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const latest = Math.max(-1, ...marks().map((m) => m.startTime));
      quiet = latest === last && latest >= 0 ? quiet + 1 : 0;
      last = latest;
    }
  });
}

/**
 * The last keystroke's time to its markers and diagram (marks set after its keydown; the app keeps
 * only the latest of each), waited for with a PerformanceObserver so the wait itself adds no work.
 */
async function measure(page: Page): Promise<Sample | null> {
  return page.evaluate(async () => {
    const w = window as unknown as { stageplayKeys: number[] };
    const pressed = w.stageplayKeys[w.stageplayKeys.length - 1] ?? 0;
    const after = (name: string) => performance.getEntriesByName(name).find((e) => e.startTime > pressed);
    const diagramShown = performance.getEntriesByName("stageplay:diagram").length > 0;
    const done = () => after("stageplay:markers") && (!diagramShown || after("stageplay:diagram"));
    if (!done()) {
      await new Promise<void>((resolve) => {
        const observer = new PerformanceObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe({ entryTypes: ["mark"] });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, 10_000);
      });
    }
    const markers = after("stageplay:markers");
    if (!markers) return null;
    const diagram = after("stageplay:diagram");
    const trip = after("stageplay:analysis");
    const work = after("stageplay:analyze");
    const waited = after("stageplay:analysis-waited");
    const replyWaited = after("stageplay:analysis-reply-waited");
    const frames = (window as unknown as { stageplayFrames: number[] }).stageplayFrames;
    return {
      // One frame per key: a missing one would be this key's, not yet rendered.
      frame: frames.length === w.stageplayKeys.length ? (frames[frames.length - 1] ?? null) : null,
      markers: markers.startTime - pressed,
      diagram: diagram ? diagram.startTime - pressed : null,
      roundTrip: trip ? trip.duration : null,
      inWorker: work ? work.duration : null,
      path:
        trip && work && waited && replyWaited
          ? {
              request: trip.startTime - pressed,
              waited: waited.duration,
              work: work.duration,
              replyWaited: replyWaited.duration,
              shown: markers.startTime - (trip.startTime + trip.duration),
            }
          : null,
    };
  });
}

/** CPU ms of each thread of the browser's processes (children of this one), from /proc; empty elsewhere. */
function threadCpu(): Map<string, { name: string; pid: number; ms: number }> {
  const threads = new Map<string, { name: string; pid: number; ms: number }>();
  if (!existsSync("/proc/self/task")) return threads;
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  for (const pid of parents.keys()) {
    let up = parents.get(pid);
    while (up !== undefined && up > 1 && up !== process.pid) up = parents.get(up);
    if (up !== process.pid) continue;
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
        threads.set(`${pid}:${tid}`, {
          name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
          pid,
          ms,
        });
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return threads;
}

/**
 * CPU per keystroke, by thread: the page's main thread (the renderer's first thread), the busiest
 * DedicatedWorker (the engine; Monaco's worker is the other), the renderer's other threads (V8's
 * compiler and GC helpers, compositor) and the browser's other processes.
 */
function cpuPerKeystroke(
  threads: Map<string, { name: string; pid: number; ms: number }>,
  keystrokes: number,
): string | null {
  if (threads.size === 0 || keystrokes === 0) return null;
  const used = [...threads].map(([id, t]) => ({ ...t, id }));
  const workers = used.filter((t) => t.name.startsWith("DedicatedWorker")).sort((a, b) => b.ms - a.ms);
  const engine = workers[0];
  if (!engine) return null;
  const renderer = engine.pid;
  const main = used.find((t) => t.id === `${renderer}:${renderer}`);
  const sum = (list: typeof used) => list.reduce((total, t) => total + t.ms, 0) / keystrokes;
  const helpers = used.filter((t) => t.pid === renderer && t !== main && t !== engine);
  const others = used.filter((t) => t.pid !== renderer);
  return `page main thread ${((main?.ms ?? 0) / keystrokes).toFixed(1)} ms, engine worker ${(engine.ms / keystrokes).toFixed(1)} ms, the renderer's other threads ${sum(helpers).toFixed(1)} ms, other processes ${sum(others).toFixed(1)} ms`;
}
