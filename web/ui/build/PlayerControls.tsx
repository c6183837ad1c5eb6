import { useId, useState } from "react";
import type { AnalysisView } from "../../engine";
import type { BuildPlayback } from "../../state/types";
import { useAppStore } from "../storeContext";
import { SPEEDS, nextStop, seconds, stepPhase, type Timeline } from "./playback";

/** Play / pause, step, restart, speed and the position on the simulated timeline. */
export function PlayerControls({
  view,
  timeline,
  clock,
  playback: { playing, speed },
}: {
  view: AnalysisView;
  timeline: Timeline;
  clock: number | null;
  playback: BuildPlayback;
}) {
  const setClock = useAppStore((s) => s.setBuildClock);
  const setPlayback = useAppStore((s) => s.setBuildPlayback);
  const id = useId();
  const atEnd = clock !== null && clock >= timeline.endMs;

  const togglePlay = () => {
    if (playing) return setPlayback({ playing: false });
    if (clock === null || atEnd) setClock(0);
    setPlayback({ playing: true });
  };
  const step = () => {
    setPlayback({ playing: false });
    // From the end, stepping starts over.
    setClock(atEnd ? 0 : nextStop(timeline, clock));
  };
  const restart = () => {
    setClock(0);
    setPlayback({ playing: true });
  };
  const position = clock ?? timeline.endMs;
  // The announcement is worded when playback starts, pauses, moves or ends, and kept while the
  // learner edits: a new view alone is not news to announce.
  const moment = playing ? "playing" : String(clock);
  const [spoken, setSpoken] = useState(() => ({
    moment,
    text: announcement(view, timeline, clock, playing),
  }));
  if (spoken.moment !== moment) setSpoken({ moment, text: announcement(view, timeline, clock, playing) });

  return (
    <div className="player-controls" role="group" aria-label="Playback">
      <div className="player-buttons">
        <button type="button" className="player-play" onClick={togglePlay}>
          {playing ? "Pause" : atEnd ? "Play again" : "Play"}
        </button>
        <button type="button" onClick={step}>
          Step
        </button>
        <button type="button" onClick={restart}>
          Restart
        </button>
        <span className="player-speed">
          <label htmlFor={`${id}-speed`}>Speed</label>
          <select
            id={`${id}-speed`}
            value={speed}
            onChange={(e) => setPlayback({ speed: Number(e.target.value) })}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="player-position">
        <label htmlFor={`${id}-position`} className="visually-hidden">
          Position in the simulated build
        </label>
        <input
          id={`${id}-position`}
          type="range"
          min={0}
          max={Math.max(timeline.endMs, 1)}
          step={100}
          value={Math.min(position, timeline.endMs)}
          aria-valuetext={`${seconds(position)} of ${seconds(timeline.endMs)}`}
          onChange={(e) => {
            setPlayback({ playing: false });
            setClock(Number(e.target.value));
          }}
        />
        <span className="player-time">
          {seconds(Math.min(position, timeline.endMs))} / {seconds(timeline.endMs)}
        </span>
      </div>
      {/* The line follows the running steps; a screen reader hears only play, pause, the end or a failure. */}
      <p className="player-status">{statusText(view, timeline, clock, playing)}</p>
      <p className="visually-hidden" role="status">
        {spoken.text}
      </p>
    </div>
  );
}

/**
 * What a screen reader announces: that the build plays, where it paused, how it ended or failed.
 * It stays the same while playing, so step boundaries passing at high speed are not read out one
 * by one; nothing is announced before the learner plays.
 */
export function announcement(
  view: AnalysisView,
  timeline: Timeline,
  clock: number | null,
  playing: boolean,
): string {
  if (playing && (clock === null || clock < timeline.endMs)) return "Playing the build.";
  if (clock === null) return "";
  return statusText(view, timeline, clock, false);
}

/** What the build is doing at the position, in words; changes only when a step starts or ends. */
export function statusText(
  view: AnalysisView,
  timeline: Timeline,
  clock: number | null,
  playing: boolean,
): string {
  const failed = view.failure;
  if (clock === null || clock >= timeline.endMs) {
    if (failed) return `The build fails at line ${failed.line}: ${failed.message}`;
    if (view.steps.length === 0) return "Nothing to build.";
    return `Built in ${seconds(timeline.endMs)} of simulated time.${clock === null ? " Press Play to watch it run." : ""}`;
  }
  const running = view.steps.filter((s) => stepPhase(s, clock, timeline, failed) === "running");
  const names = running.map((s) => `${view.stages[s.stage]?.displayName ?? ""}, line ${s.line}: ${s.text}`);
  if (names.length === 0) return playing ? "Starting…" : "Paused.";
  return `${playing ? "Running" : "Paused at"} ${names.join("; ")}`;
}
