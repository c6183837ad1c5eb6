// The build player's arithmetic on the simulated timeline, as pure functions of the view: where
// playback ends, where "step" stops, which log lines have appeared, which steps are running.
import type { AnalysisView, BuildLogEntry, Step } from "../../engine";

export const SPEEDS = [1, 2, 5, 10, 20, 50] as const;

/** A real frame longer than this (a hidden tab, a pause in the debugger) counts as this long. */
const MAX_FRAME_MS = 250;

export interface Timeline {
  /** Where playback stops: the last log line, which is the failing step's error when the build fails. */
  endMs: number;
  /** The whole schedule, steps the build never reaches included: the Gantt's width. */
  spanMs: number;
  /** Each step's start and end up to `endMs`, and 0 and `endMs`, sorted. */
  stops: number[];
}

export function timelineOf(view: Pick<AnalysisView, "log" | "steps">): Timeline {
  const lastEntry = view.log.at(-1)?.atMs;
  const lastStep = view.steps.reduce((end, step) => Math.max(end, step.endMs), 0);
  const endMs = lastEntry ?? lastStep;
  const times = new Set([0, endMs]);
  for (const step of view.steps) {
    if (step.startMs <= endMs) times.add(step.startMs);
    if (step.endMs <= endMs) times.add(step.endMs);
  }
  return { endMs, spanMs: Math.max(endMs, lastStep), stops: [...times].sort((a, b) => a - b) };
}

/** Where "step" goes from `clock`: the next step start or end; from before the start, the start. */
export function nextStop(timeline: Timeline, clock: number | null): number {
  if (clock === null) return 0;
  return timeline.stops.find((t) => t > clock) ?? timeline.endMs;
}

/** The last stop at or before `ms`: reduced motion jumps from stop to stop instead of sliding. */
export function stopAtOrBefore(timeline: Timeline, ms: number): number {
  let found = 0;
  for (const t of timeline.stops) {
    if (t > ms) break;
    found = t;
  }
  return found;
}

export interface Frame {
  /** The exact position after the frame. */
  exactMs: number;
  /** The position to show: exact, or the last stop reached under reduced motion. */
  shownMs: number;
  /** Playback reached the end. */
  done: boolean;
}

/** One animation frame of playback: `elapsedMs` of real time at `speed`. */
export function playFrame(
  timeline: Timeline,
  exactMs: number,
  elapsedMs: number,
  speed: number,
  reducedMotion: boolean,
): Frame {
  const next = Math.min(timeline.endMs, exactMs + Math.min(Math.max(elapsedMs, 0), MAX_FRAME_MS) * speed);
  const done = next >= timeline.endMs;
  return { exactMs: next, shownMs: reducedMotion && !done ? stopAtOrBefore(timeline, next) : next, done };
}

/** The log lines that have appeared by `clock`; all of them when nothing is playing. */
export function entriesAt(log: readonly BuildLogEntry[], clock: number | null): readonly BuildLogEntry[] {
  if (clock === null) return log;
  const after = log.findIndex((entry) => entry.atMs > clock);
  return after < 0 ? log : log.slice(0, after);
}

export type StepPhase = "waiting" | "running" | "done" | "failed" | "cancelled" | "never";

/**
 * Where a step is at `clock` (null: the build as it ends). When the build fails, BuildKit cancels
 * the steps running beside the failing one, and never starts the ones after it.
 */
export function stepPhase(
  step: Step,
  clock: number | null,
  timeline: Timeline,
  failure: { stepId: string | null } | null,
): StepPhase {
  const at = clock ?? timeline.endMs;
  if (failure && step.id === failure.stepId) return at >= step.endMs ? "failed" : phaseAt(step, at);
  if (failure && step.endMs > timeline.endMs) {
    if (failure.stepId === null || step.startMs >= timeline.endMs) return "never";
    return at < timeline.endMs ? phaseAt(step, at) : "cancelled";
  }
  return phaseAt(step, at);
}

function phaseAt(step: Step, clock: number): StepPhase {
  if (clock < step.startMs) return "waiting";
  if (clock < step.endMs) return "running";
  return "done";
}

/** One row of the Gantt: a built stage and its steps. */
export interface StageRow {
  stage: number;
  name: string;
  startMs: number;
  endMs: number;
  steps: Step[];
}

/** The built stages in the order they start, each with its steps. */
export function stageRows(view: Pick<AnalysisView, "steps" | "stages">): StageRow[] {
  const rows = new Map<number, StageRow>();
  for (const step of view.steps) {
    let row = rows.get(step.stage);
    if (!row) {
      const name = view.stages[step.stage]?.displayName ?? `stage-${step.stage}`;
      row = { stage: step.stage, name, startMs: step.startMs, endMs: step.endMs, steps: [] };
      rows.set(step.stage, row);
    }
    row.steps.push(step);
    row.startMs = Math.min(row.startMs, step.startMs);
    row.endMs = Math.max(row.endMs, step.endMs);
  }
  return [...rows.values()].sort((a, b) => a.startMs - b.startMs || a.stage - b.stage);
}

/** Simulated time as the player prints it: `3.3 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
