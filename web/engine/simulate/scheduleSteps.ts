// The simulated timeline. BuildKit solves one graph: a step starts when the steps it waits for are
// done (the previous step of its stage, the last step of a stage it copies from), so independent
// stages overlap and the build takes as long as its critical path. The legacy builder runs the
// stages one after another, every stage up to the target included.
import type { Step } from "./types";

export interface Timed {
  start: number;
  end: number;
  /** The `after` step that finished last, for walking the critical path back. */
  via: string | null;
}

/** BuildKit's parallel schedule of `steps` (each listed after the steps it waits for). */
export function parallelSchedule(steps: readonly Step[]): Map<string, Timed> {
  const timed = new Map<string, Timed>();
  for (const step of steps) {
    let start = 0;
    let via: string | null = null;
    for (const id of step.after) {
      const before = timed.get(id);
      if (before && before.end >= start) {
        start = before.end;
        via = id;
      }
    }
    timed.set(step.id, { start, end: start + step.durationMs, via });
  }
  return timed;
}

/** The critical path's length and its step ids, first to last. */
export function criticalPath(timed: ReadonlyMap<string, Timed>): { ms: number; path: string[] } {
  let last: string | null = null;
  let ms = 0;
  for (const [id, t] of timed) {
    if (t.end > ms || last === null) {
      ms = t.end;
      last = id;
    }
  }
  const path: string[] = [];
  for (let id = last; id !== null; id = timed.get(id)?.via ?? null) path.push(id);
  return { ms, path: path.reverse() };
}

/** Writes start and end offsets into the steps: parallel for BuildKit, one after another for legacy. */
export function applySchedule(
  steps: Step[],
  builder: "buildkit" | "legacy",
  timed: ReadonlyMap<string, Timed> = builder === "buildkit" ? parallelSchedule(steps) : new Map(),
): void {
  if (builder === "legacy") {
    let clock = 0;
    for (const step of steps) {
      step.startMs = clock;
      clock += step.durationMs;
      step.endMs = clock;
    }
    return;
  }
  for (const step of steps) {
    const t = timed.get(step.id) as Timed;
    step.startMs = t.start;
    step.endMs = t.end;
  }
}

/** Steps in the order a plain progress log prints them: by start time, then stage, then position. */
export function logOrder(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => a.startMs - b.startMs || a.stage - b.stage || a.position - b.position);
}
