// A simulated build printed like `docker buildx build --progress=plain`: numbered vertices, a header
// when a step starts and `DONE 1.2s` when it ends (so parallel stages interleave by time), `CACHED`
// for reused steps, identical vertices shown once, and on a failing step BuildKit's error block.
import type { Analysis } from "../engine/analyze";
import type { Diagnostic } from "../engine/diagnostics/types";
import { hashText } from "../engine/simulate/hash";
import { parseImageReference } from "../engine/stages/imageReference";
import { formatSeconds, formatSize } from "../engine/simulate/formatSize";
import type { Step } from "../engine/simulate/types";

export interface BuildLog {
  text: string;
  /** The simulation error that stopped the build, if any. */
  failed: Diagnostic | null;
}

export interface BuildInputs {
  dockerfileName: string;
  dockerfileBytes: number;
  /** Bytes of the context after .dockerignore; null when no context was given. */
  contextBytes: number | null;
}

/** The progress log of `analysis.simulation`. */
export function formatBuildLog(analysis: Analysis, inputs: BuildInputs): BuildLog {
  const { contextBytes } = inputs;
  const out: string[] = [];
  let vertex = 0;
  const simple = (name: string, lines: string[] = [], ms = 0) => {
    const n = ++vertex;
    out.push("", `#${n} ${name}`, ...lines.map((l) => `#${n} ${l}`), `#${n} DONE ${formatSeconds(ms)}`);
  };
  simple(`[internal] load build definition from ${inputs.dockerfileName}`, [
    `transferring dockerfile: ${formatSize(inputs.dockerfileBytes)} done`,
  ]);
  // BuildKit loads the metadata of every image the build reads: FROM bases and COPY --from images.
  const copied = analysis.edges.flatMap((edge) => {
    if (typeof edge.from !== "string" || !analysis.built.includes(edge.to)) return [];
    const parsed = parseImageReference(edge.from);
    return parsed.ok ? [parsed.reference.normalized] : [];
  });
  const images = [
    ...new Set([
      ...analysis.simulation.steps.filter((s) => s.keyword === "FROM").map((s) => s.text.slice(5)),
      ...copied,
    ]),
  ];
  for (const image of images) simple(`[internal] load metadata for ${image}`, [], 500);
  simple("[internal] load .dockerignore", ["transferring context: 2B done"]);

  const steps = dedupe(analysis.simulation.steps);
  // The build stops at the first step, in time, that has an error.
  const errors = analysis.simulation.diagnostics.filter((d) => d.severity === "error");
  const errorAt = new Map(errors.map((d) => [d.range.start.line, d]));
  const numbers = new Map<string, number>();
  const events = steps.flatMap((step) => [
    { at: step.startMs, start: true, step },
    { at: step.endMs, start: false, step },
  ]);
  events.sort((a, b) => a.at - b.at || Number(a.start) - Number(b.start) || a.step.startMs - b.step.startMs);
  let contextShown = contextBytes === null;
  const pending = new Set<string>();
  for (const event of events) {
    const { step } = event;
    if (event.start) {
      if (!contextShown && step.keyword !== "FROM") {
        contextShown = true;
        simple("[internal] load build context", [
          `transferring context: ${formatSize(contextBytes ?? 0)} done`,
        ]);
      }
      const n = ++vertex;
      numbers.set(step.id, n);
      out.push("", `#${n} ${header(analysis, step)}`);
      const failed = errorAt.get(step.line);
      if (failed) {
        const error = stepError(analysis, step, failed);
        out.push(...error.output.map((line) => `#${n} ${line}`), `#${n} ERROR: ${error.message}`);
        return { text: joined(out) + errorBlock(analysis, step, failed, error), failed };
      }
      if (step.durationMs === 0) out.push(`#${n} ${step.status === "cached" ? "CACHED" : "DONE 0.0s"}`);
      else pending.add(step.id);
    } else if (pending.delete(step.id)) {
      out.push(`#${numbers.get(step.id)} DONE ${formatSeconds(step.durationMs)}`);
    }
  }
  const n = ++vertex;
  const key = analysis.simulation.steps.at(-1)?.cacheKey ?? "";
  const digest = (
    hashText(key) +
    hashText(key, 1) +
    hashText(key, 2) +
    hashText(key, 3) +
    hashText(key, 4)
  ).slice(0, 64);
  out.push(
    "",
    `#${n} exporting to image`,
    `#${n} exporting layers done`,
    `#${n} writing image sha256:${digest} done`,
    `#${n} DONE 0.1s`,
  );
  const unplaced = errors[0];
  if (unplaced) {
    out.push("", `ERROR: failed to solve: ${unplaced.message} (line ${unplaced.range.start.line})`);
    return { text: joined(out), failed: unplaced };
  }
  return { text: joined(out), failed: null };
}

function joined(lines: readonly string[]): string {
  return lines.join("\n").replace(/^\n/, "") + "\n";
}

/** `[build 2/4] RUN …` with BuildKit's name rule (no name for a single unnamed stage) and index padding. */
function header(analysis: Analysis, step: Step): string {
  const stage = analysis.stages[step.stage];
  const named = stage && (stage.name !== null || analysis.stages.length > 1) ? `${stage.displayName} ` : "";
  const width = String(step.of).length;
  return `[${named}${String(step.position).padStart(width)}/${step.of}] ${step.text}`;
}

// BuildKit merges identical vertices (the same base image in two stages is pulled once).
function dedupe(steps: readonly Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    if (seen.has(step.cacheKey)) return false;
    seen.add(step.cacheKey);
    return true;
  });
}

interface StepError {
  /** What the step printed before it failed, with BuildKit's seconds-since-start prefix. */
  output: string[];
  /** BuildKit's error for the step, as `ERROR:` and `failed to solve:` print it. */
  message: string;
}

// A failing RUN is a process that exited non-zero: BuildKit shows its output, then names the
// process (the shell and the command as written) and its exit code. A COPY's missing source is a
// cache-key error. Anything else (a RUN whose container could not start, an unknown user) is
// printed as the simulator worded it.
function stepError(analysis: Analysis, step: Step, failed: Diagnostic): StepError {
  if (step.keyword === "COPY" || step.keyword === "ADD") {
    const long = failed.message.endsWith(": not found")
      ? `failed to compute cache key: failed to calculate checksum of ref: ${failed.message}`
      : failed.message;
    return { output: [], message: long };
  }
  const code = exitCode(failed.message);
  const process = step.keyword === "RUN" ? processArgs(analysis, step) : null;
  if (code === null || process === null) return { output: [], message: failed.message };
  const seconds = (Math.max(step.durationMs, 100) / 1000).toFixed(3);
  return {
    output: [`${seconds} ${failed.message}`],
    message: `process ${JSON.stringify(process)} did not complete successfully: exit code: ${code}`,
  };
}

/**
 * The exit status behind the RUN interpreter's error, by the shell's conventions: 127 for a
 * command not found, 126 for one that cannot be executed, apt-get's 100, else the status the
 * interpreter reported, else 1. Null when no process ran (the container did not start).
 */
function exitCode(message: string): number | null {
  if (message.startsWith("runc run failed") || message.startsWith("unable to find user")) return null;
  if (/: (command )?not found$/.test(message)) return 127;
  if (/: Permission denied$/.test(message)) return 126;
  if (message.startsWith("E: ")) return 100;
  const stated = /^exit code: (\d+)$/.exec(message);
  return stated ? Number(stated[1]) : 1;
}

/** The process BuildKit started for a RUN: the SHELL in effect and the command, or the exec-form argv. */
function processArgs(analysis: Analysis, step: Step): string | null {
  let stage = analysis.stages[step.stage];
  const run = stage?.instructions.find((i) => i.range.start.line === step.line);
  if (!run) return null;
  if (run.json) return run.args.map((w) => w.value).join(" ");
  let before = step.line;
  while (stage) {
    const shell = stage.instructions
      .filter((i) => i.keyword === "SHELL" && i.range.start.line < before)
      .at(-1);
    if (shell) return [...shell.args.map((w) => w.value), run.text].join(" ");
    before = Infinity;
    stage = stage.baseStage === null ? undefined : analysis.stages[stage.baseStage];
  }
  return `/bin/sh -c ${run.text}`;
}

function errorBlock(analysis: Analysis, step: Step, failed: Diagnostic, error: StepError): string {
  const lines = ["------", ` > ${header(analysis, step)}:`, ...error.output, "------"];
  lines.push(`ERROR: failed to solve: ${error.message}`);
  if (error.output.length > 0) {
    // What the output means, in Stageplay's words: the log alone only says which command failed.
    lines.push("", `Stageplay: line ${failed.range.start.line} fails with \`${failed.message}\`.`);
    if (failed.fix) lines.push(`  fix: ${failed.fix}`);
  }
  return lines.join("\n") + "\n";
}
