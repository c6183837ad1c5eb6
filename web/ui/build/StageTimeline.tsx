import type { AnalysisView, Step } from "../../engine";
import { seconds, stageRows, stepPhase, type StepPhase, type Timeline } from "./playback";

const PHASE_WORDS: Record<StepPhase, string> = {
  waiting: "waiting",
  running: "running",
  done: "done",
  failed: "failed",
  cancelled: "cancelled",
  never: "not run",
};

/**
 * A small Gantt chart: one row per built stage, a bar per step over simulated seconds, the play
 * position as a vertical line. Each row also says in words when its stage runs.
 */
export function StageTimeline({
  view,
  timeline,
  clock,
}: {
  view: AnalysisView;
  timeline: Timeline;
  clock: number | null;
}) {
  const rows = stageRows(view);
  if (rows.length === 0) return null;
  const span = Math.max(timeline.spanMs, 1);
  const percent = (ms: number) => `${(Math.min(ms, span) / span) * 100}%`;

  return (
    <section className="stage-timeline" aria-labelledby="stage-timeline-title">
      <h3 id="stage-timeline-title">Stages over time</h3>
      <ol className="gantt">
        {rows.map((row) => {
          const cached = row.steps.filter((s) => s.status === "cached").length;
          return (
            <li key={row.stage} className="gantt-row">
              <span className="gantt-stage">{row.name}</span>
              <span className="gantt-track" aria-hidden="true">
                {row.steps.map((step) => {
                  const phase = stepPhase(step, clock, timeline, view.failure);
                  const done =
                    phase === "running" && clock !== null ? (clock - step.startMs) / step.durationMs : 1;
                  return (
                    <span
                      key={step.id}
                      className={`gantt-bar gantt-${step.status} gantt-${phase}`}
                      style={{
                        left: percent(step.startMs),
                        width: percent(step.durationMs),
                        ["--done" as string]: `${Math.round(done * 100)}%`,
                      }}
                      title={barTitle(step)}
                    />
                  );
                })}
                {clock !== null && <span className="gantt-now" style={{ left: percent(clock) }} />}
              </span>
              <span className="gantt-span">
                {seconds(row.startMs)}–{seconds(row.endMs)}
                <span className="visually-hidden">
                  , {row.steps.length} step{row.steps.length === 1 ? "" : "s"}
                  {cached > 0 && `, ${cached} cached`}
                  {clock !== null && `, ${rowPhase(row.steps, clock, timeline, view)}`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="gantt-legend" aria-hidden="true">
        <span className="gantt-key gantt-run" /> runs <span className="gantt-key gantt-cached" /> cached
        {clock !== null && (
          <>
            {" "}
            <span className="gantt-key gantt-key-now" /> now
          </>
        )}
      </p>
    </section>
  );
}

function barTitle(step: Step): string {
  const what = step.status === "cached" ? "CACHED" : `${seconds(step.durationMs)}, ${step.durationNote}`;
  return `line ${step.line}: ${step.text} (${what})`;
}

/** The row's state in words: its running step, else whether it is done or waiting. */
function rowPhase(steps: readonly Step[], clock: number, timeline: Timeline, view: AnalysisView): string {
  const phases = steps.map((s) => stepPhase(s, clock, timeline, view.failure));
  for (const phase of ["failed", "running", "cancelled"] as const) {
    if (phases.includes(phase)) return PHASE_WORDS[phase];
  }
  if (phases.every((p) => p === "done")) return "done";
  if (phases.every((p) => p === "never")) return "not run";
  return phases.some((p) => p === "done") ? "between steps" : "waiting";
}
