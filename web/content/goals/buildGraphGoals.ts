// Goals about the build graph and its simulated timeline: stages that run side by side, and how
// long the build takes. Both read BuildKit's schedule from a cold cache, whatever builder the
// learner has picked, so a goal about parallel stages means the same thing in both pickers.
import {
  analyze,
  formatSeconds,
  isStageSource,
  type Analysis,
  type Edge,
  type Stage,
  type StageIndex,
} from "../../engine";
import type { GoalSubject } from "./evaluateGoals";
import { buildError, fail, lineText, pass, type Outcome } from "./goalOutcome";
import type { GoalCheck } from "./types";

// The goals of one evaluation share a subject: build it again at most once for all of them.
const rebuilt = new WeakMap<GoalSubject, Analysis>();

/** The subject's build as BuildKit runs it with an empty cache: its own analysis when it is that already. */
function buildkitBuild(subject: GoalSubject): Analysis {
  const { previousCacheKeys, ...options } = subject.options;
  if (subject.analysis.options.builder === "buildkit" && previousCacheKeys === undefined)
    return subject.analysis;
  let build = rebuilt.get(subject);
  if (!build) rebuilt.set(subject, (build = analyze(subject.source, { ...options, builder: "buildkit" })));
  return build;
}

function stopped(build: Analysis): Outcome | null {
  const error = buildError(build);
  return error ? fail(`the build stops before it finishes: ${error.message}`, error.range.start.line) : null;
}

export function stagesInParallel(
  check: Extract<GoalCheck, { kind: "stages-in-parallel" }>,
  subject: GoalSubject,
): Outcome {
  const build = buildkitBuild(subject);
  const byName = new Map(build.stages.map((stage) => [stage.displayName.toLowerCase(), stage]));
  const stages: Stage[] = [];
  for (const name of check.stages) {
    const stage = byName.get(name.toLowerCase());
    if (!stage) {
      const names = build.stages.map((s) => s.displayName).join(", ");
      return fail(
        `there is no stage named ${name}: ${names ? `the stages are ${names}` : "the Dockerfile has no stage"}`,
      );
    }
    if (!stage.built) {
      const target = build.target === null ? "" : ` ${build.stages[build.target]?.displayName}`;
      return fail(
        `the build never runs ${stage.displayName}: the target${target} needs nothing from it`,
        stage.line,
      );
    }
    stages.push(stage);
  }
  const halt = stopped(build);
  if (halt) return halt;
  for (const a of stages) {
    for (const b of stages) {
      if (a === b) continue;
      const chain = dependencyChain(build, a.index, b.index);
      if (!chain) continue;
      const hops = chain.map(
        (edge) =>
          `line ${edge.line} \`${lineText(subject.source, edge.line)}\` needs ${stageName(build, edge.from)} finished first`,
      );
      return fail(`${a.displayName} waits for ${b.displayName}: ${hops.join(", and ")}`, chain[0]!.line);
    }
  }
  const spans = stages.map((stage) => ({ stage, span: spanOf(build, stage.index) }));
  for (const { stage, span } of spans) {
    if (!span) return fail(`${stage.displayName} has no step that takes time`, stage.line);
  }
  for (const [i, a] of spans.entries()) {
    for (const b of spans.slice(i + 1)) {
      if (a.span!.start < b.span!.end && b.span!.start < a.span!.end) continue;
      const [first, second] = a.span!.start <= b.span!.start ? [a, b] : [b, a];
      return fail(
        `${first.stage.displayName} runs ${seconds(first.span!)} and ${second.stage.displayName} ${seconds(second.span!)} (simulated): never at the same time`,
        second.stage.line,
      );
    }
  }
  return pass;
}

const seconds = (span: { start: number; end: number }) =>
  `${formatSeconds(span.start)}–${formatSeconds(span.end)}`;

function stageName(build: Analysis, index: StageIndex | string): string {
  return typeof index === "number" ? (build.stages[index]?.displayName ?? String(index)) : index;
}

/**
 * The edges through which stage `from` waits for stage `on`, first hop first (`COPY --from=assets`
 * in `from`, then `FROM backend AS assets`), or null when it never does.
 */
export function dependencyChain(build: Analysis, from: StageIndex, on: StageIndex): Edge[] | null {
  const reachedBy = new Map<StageIndex, Edge | null>([[from, null]]);
  const queue: StageIndex[] = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const edge of build.edges) {
      if (edge.to !== current || !isStageSource(edge.from) || reachedBy.has(edge.from)) continue;
      reachedBy.set(edge.from, edge);
      if (edge.from === on) {
        const chain: Edge[] = [];
        for (let e: Edge | null | undefined = edge; e; e = reachedBy.get(e.to)) chain.unshift(e);
        return chain;
      }
      queue.push(edge.from);
    }
  }
  return null;
}

/** When a stage's steps that take time run on BuildKit's timeline, or null when none does. */
function spanOf(build: Analysis, stage: StageIndex): { start: number; end: number } | null {
  const steps = build.simulation.steps.filter((step) => step.stage === stage && step.durationMs > 0);
  if (steps.length === 0) return null;
  return {
    start: Math.min(...steps.map((step) => step.startMs)),
    end: Math.max(...steps.map((step) => step.endMs)),
  };
}

export function buildTime(check: Extract<GoalCheck, { kind: "build-time" }>, subject: GoalSubject): Outcome {
  const build = buildkitBuild(subject);
  const halt = stopped(build);
  if (halt) return halt;
  const ms = build.simulation.times.buildkitMs;
  if (check.fasterThanStarterBy !== undefined) {
    const starter = subject.starter?.();
    if (!starter) return fail("there is no starter build to compare with");
    const before = starter.simulation.times.buildkitMs;
    if (ms > before * (1 - check.fasterThanStarterBy)) {
      const path = criticalPathWords(build, subject.source);
      return fail(
        `the build takes ${formatSeconds(ms)} with BuildKit (simulated), ${comparedWith(ms, before)} the starter's ${formatSeconds(before)}; ${path.words}`,
        path.line,
      );
    }
  }
  if (check.fasterThanLegacyBy !== undefined) {
    const legacy = build.simulation.times.legacyMs;
    if (ms > legacy * (1 - check.fasterThanLegacyBy)) {
      const path = criticalPathWords(build, subject.source);
      return fail(
        `BuildKit takes ${formatSeconds(ms)} (simulated), ${comparedWith(ms, legacy)} the legacy builder's ${formatSeconds(legacy)}, which runs one step after another; ${path.words}`,
        path.line,
      );
    }
  }
  return pass;
}

/** "only 5% less than", "about the same as", "12% more than". */
function comparedWith(ms: number, other: number): string {
  const percent = other > 0 ? Math.round((1 - ms / other) * 100) : 0;
  if (percent > 0) return `only ${percent}% less than`;
  if (percent < 0) return `${-percent}% more than`;
  return "about the same as";
}

/** The stages the critical path runs through and its longest step, which a faster build must shorten. */
function criticalPathWords(build: Analysis, source: string): { words: string; line: number | null } {
  const byId = new Map(build.simulation.steps.map((step) => [step.id, step]));
  const path = build.simulation.times.criticalPath.flatMap((id) => byId.get(id) ?? []);
  const stages: string[] = [];
  for (const step of path) {
    const name = stageName(build, step.stage);
    if (stages[stages.length - 1] !== name) stages.push(name);
  }
  const longest = path.reduce<(typeof path)[number] | null>(
    (max, step) => (max === null || step.durationMs > max.durationMs ? step : max),
    null,
  );
  if (!longest) return { words: "no step takes time", line: null };
  return {
    words: `the critical path runs through ${stages.join(", then ")}, and its longest step is line ${longest.line} \`${lineText(source, longest.line)}\` (${formatSeconds(longest.durationMs)})`,
    line: longest.line,
  };
}
