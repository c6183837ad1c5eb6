// A simulated build's log as timed lines: BuildKit's plain progress output
// (`docker buildx build --progress=plain`) or the legacy builder's. The CLI prints the lines; the build
// player shows those whose time has come. Numbered vertices, a header when a step starts and
// `DONE 1.2s` when it ends (so parallel stages interleave by time), `CACHED` for reused steps,
// identical vertices shown once, and on a failing step BuildKit's error block.
import type { Analysis } from "../analyze";
import type { Diagnostic } from "../diagnostics/types";
import { hashText } from "../simulate/hash";
import { formatSeconds, formatSize } from "../simulate/formatSize";
import { stepText } from "../simulate/stepText";
import type { Step } from "../simulate/types";
import { parseImageReference } from "../stages/imageReference";
import { stepError, type StepError } from "./buildLogError";
import type { AnalysisView, BuildLogEntry } from "./types";

export interface BuildLogInputs {
  dockerfileName: string;
  /** The Dockerfile's size in bytes; null when the caller does not know it. */
  dockerfileBytes: number | null;
  /** Bytes of the context after .dockerignore; null when no context was given. */
  contextBytes: number | null;
}

export interface BuildLog {
  entries: BuildLogEntry[];
  /** The error that stopped the build, if any. */
  failed: Diagnostic | null;
  /**
   * Where the log stops, for the views: the first failing step the build reaches, or a null
   * step when the build fails as a whole (a file that does not parse, a target that is not found).
   */
  failure: AnalysisView["failure"];
}

function failureAt(failed: Diagnostic | null, stepId: string | null): AnalysisView["failure"] {
  return failed && { stepId, line: failed.range.start.line, message: failed.message };
}

/** The log as a terminal shows it: one line per entry, a blank line where an entry has a gap. */
export function buildLogText(entries: readonly BuildLogEntry[]): string {
  return entries.map((entry) => (entry.gap ? `\n${entry.text}` : entry.text)).join("\n") + "\n";
}

/**
 * The log the chosen builder prints. A file BuildKit cannot build at all (a parse or stage error)
 * stops after loading the build definition, with the error.
 */
export function buildLog(analysis: Analysis, inputs: BuildLogInputs): BuildLog {
  const simulationErrors = new Set(analysis.simulation.diagnostics.filter((d) => d.severity === "error"));
  const fileError = analysis.diagnostics.find(
    (d) => d.severity === "error" && d.rule === null && !simulationErrors.has(d),
  );
  if (fileError) {
    const log = new LogWriter();
    log.definition(inputs);
    log.line(
      0,
      null,
      `ERROR: failed to solve: ${fileError.message} (line ${fileError.range.start.line})`,
      "error",
      true,
    );
    return { entries: log.entries, failed: fileError, failure: failureAt(fileError, null) };
  }
  return analysis.options.builder === "legacy" ? legacyLog(analysis, inputs) : buildkitLog(analysis, inputs);
}

class LogWriter {
  readonly entries: BuildLogEntry[] = [];
  vertex = 0;

  line(atMs: number, stepId: string | null, text: string, kind: BuildLogEntry["kind"], gap = false) {
    this.entries.push({ atMs, stepId, text, kind, gap: gap && this.entries.length > 0 });
  }

  /** One of BuildKit's own vertices, which take no time on the simulated timeline. */
  simple(atMs: number, name: string, lines: string[] = [], ms = 0) {
    const n = ++this.vertex;
    this.line(atMs, null, `#${n} ${name}`, "header", true);
    for (const line of lines) this.line(atMs, null, `#${n} ${line}`, "info");
    this.line(atMs, null, `#${n} DONE ${formatSeconds(ms)}`, "done");
  }

  definition(inputs: BuildLogInputs) {
    const size = inputs.dockerfileBytes === null ? "" : `${formatSize(inputs.dockerfileBytes)} `;
    this.simple(0, `[internal] load build definition from ${inputs.dockerfileName}`, [
      `transferring dockerfile: ${size}done`,
    ]);
  }
}

/** BuildKit's plain progress log of `analysis.simulation`. */
export function buildkitLog(analysis: Analysis, inputs: BuildLogInputs): BuildLog {
  const { contextBytes } = inputs;
  const log = new LogWriter();
  log.definition(inputs);
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
  for (const image of images) log.simple(0, `[internal] load metadata for ${image}`, [], 500);
  log.simple(0, "[internal] load .dockerignore", ["transferring context: 2B done"]);

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
  let clock = 0;
  const pending = new Set<string>();
  for (const event of events) {
    const { step } = event;
    clock = event.at;
    if (event.start) {
      if (!contextShown && step.keyword !== "FROM") {
        contextShown = true;
        log.simple(clock, "[internal] load build context", [
          `transferring context: ${formatSize(contextBytes ?? 0)} done`,
        ]);
      }
      const n = ++log.vertex;
      numbers.set(step.id, n);
      log.line(clock, step.id, `#${n} ${header(analysis, step)}`, "header", true);
      const failed = errorAt.get(step.line);
      if (failed) {
        const error = stepError(analysis, step, failed);
        for (const line of error.output) log.line(step.endMs, step.id, `#${n} ${line}`, "output");
        log.line(step.endMs, step.id, `#${n} ERROR: ${error.message}`, "error");
        errorBlock(log, analysis, step, failed, error);
        return { entries: log.entries, failed, failure: failureAt(failed, step.id) };
      }
      if (step.durationMs === 0)
        log.line(
          clock,
          step.id,
          `#${n} ${step.status === "cached" ? "CACHED" : "DONE 0.0s"}`,
          step.status === "cached" ? "cached" : "done",
        );
      else pending.add(step.id);
    } else if (pending.delete(step.id)) {
      log.line(clock, step.id, `#${numbers.get(step.id)} DONE ${formatSeconds(step.durationMs)}`, "done");
    }
  }
  const n = ++log.vertex;
  const key = analysis.simulation.steps.at(-1)?.cacheKey ?? "";
  const digest = (
    hashText(key) +
    hashText(key, 1) +
    hashText(key, 2) +
    hashText(key, 3) +
    hashText(key, 4)
  ).slice(0, 64);
  log.line(clock, null, `#${n} exporting to image`, "header", true);
  log.line(clock, null, `#${n} exporting layers done`, "info");
  log.line(clock, null, `#${n} writing image sha256:${digest} done`, "info");
  log.line(clock, null, `#${n} DONE 0.1s`, "done");
  const unplaced = errors[0];
  if (unplaced) {
    log.line(
      clock,
      null,
      `ERROR: failed to solve: ${unplaced.message} (line ${unplaced.range.start.line})`,
      "error",
      true,
    );
    return { entries: log.entries, failed: unplaced, failure: failureAt(unplaced, null) };
  }
  return { entries: log.entries, failed: null, failure: null };
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

function errorBlock(log: LogWriter, analysis: Analysis, step: Step, failed: Diagnostic, error: StepError) {
  const at = step.endMs;
  for (const line of ["------", ` > ${header(analysis, step)}:`, ...error.output, "------"])
    log.line(at, step.id, line, "error");
  log.line(at, step.id, `ERROR: failed to solve: ${error.message}`, "error");
  if (error.output.length > 0) {
    // What the output means, in Stageplay's words: the log alone only says which command failed.
    log.line(
      at,
      step.id,
      `Stageplay: line ${failed.range.start.line} fails with \`${failed.message}\`.`,
      "note",
      true,
    );
    if (failed.fix) log.line(at, step.id, `  fix: ${failed.fix}`, "note");
  }
}

/**
 * The legacy builder's log (`DOCKER_BUILDKIT=0 docker build`): every instruction of every stage up
 * to the target is a numbered step, run one after another, `Using cache` where a step is reused.
 */
export function legacyLog(analysis: Analysis, inputs: BuildLogInputs): BuildLog {
  const log = new LogWriter();
  for (const text of [
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.",
    "            Install the buildx component to build images with BuildKit:",
    "            https://docs.docker.com/go/buildx/",
  ])
    log.line(0, null, text, "info");
  log.line(
    0,
    null,
    `Sending build context to Docker daemon  ${formatSize(inputs.contextBytes ?? 0)}`,
    "info",
    true,
  );
  const stepsByLine = new Map(analysis.simulation.steps.map((s) => [s.line, s]));
  const failed = analysis.simulation.diagnostics.find((d) => d.severity === "error") ?? null;
  const instructions = analysis.built.flatMap((i) => {
    const stage = analysis.stages[i];
    return stage ? [stage.from, ...stage.instructions] : [];
  });
  let id = "";
  let clock = 0;
  instructions.forEach((instruction, i) => {
    if (failed && failed.range.start.line < instruction.range.start.line) return;
    const line = instruction.range.start.line;
    const step = stepsByLine.get(line);
    const stepId = step?.id ?? null;
    clock = step?.startMs ?? clock;
    log.line(clock, stepId, `Step ${i + 1}/${instructions.length} : ${stepText(instruction)}`, "header");
    clock = step?.endMs ?? clock;
    if (failed && failed.range.start.line === line) {
      log.line(
        clock,
        stepId,
        legacyFailure(instruction.keyword, stepText(instruction), failed.message),
        "error",
      );
      return;
    }
    id = hashText(`${id}${step?.cacheKey ?? stepText(instruction)}`).slice(0, 12);
    if (step?.status === "cached") log.line(clock, stepId, " ---> Using cache", "cached");
    else if (!["FROM", "COPY", "ADD"].includes(instruction.keyword))
      log.line(step?.startMs ?? clock, stepId, ` ---> Running in ${hashText(id, 7).slice(0, 12)}`, "info");
    log.line(clock, stepId, ` ---> ${id}`, "done");
  });
  if (!failed) log.line(clock, null, `Successfully built ${id}`, "done");
  const failedStep = failed ? (stepsByLine.get(failed.range.start.line)?.id ?? null) : null;
  return { entries: log.entries, failed, failure: failureAt(failed, failedStep) };
}

// The legacy builder's own wording for a missing source (builder/dockerfile/copy.go).
function legacyFailure(keyword: string, text: string, message: string): string {
  const missing = /^"\/(.*)": not found$/.exec(message)?.[1];
  if (missing === undefined) return `${keyword} failed: ${message}`;
  if (/--from[= ]/.test(text)) return `${keyword} failed: stat ${missing}: file does not exist`;
  return `${keyword} failed: file not found in build context or excluded by .dockerignore: stat ${missing}: file does not exist`;
}
