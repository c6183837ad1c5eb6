import { useEffect } from "react";
import type { AnalysisView } from "../../engine";
import { useAppStore, useAppStoreApi } from "../storeContext";
import { playFrame, timelineOf, type Timeline } from "./playback";

/** How often the clock is written to the store while playing: often enough to look smooth. */
const COMMIT_EVERY_MS = 33;

export const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/**
 * Moves the build clock while the player plays. Mounted with the panel, not the Build tab, so the
 * diagram keeps following the build when the learner switches to it.
 */
export function useBuildPlayback() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.buildPlayback.playing);
  useEffect(() => {
    if (!playing) return;
    const reducedMotion = window.matchMedia(REDUCED_MOTION).matches;
    let timeline: { view: AnalysisView; timeline: Timeline } | null = null;
    let exact = store.getState().buildClock ?? 0;
    let shown: number | null = store.getState().buildClock;
    let last = performance.now();
    let committed = last;
    let frame = requestAnimationFrame(tick);

    function tick(now: number) {
      const state = store.getState();
      if (!state.view) {
        state.setBuildPlayback({ playing: false });
        return;
      }
      if (timeline?.view !== state.view) timeline = { view: state.view, timeline: timelineOf(state.view) };
      // Step, restart or the position slider moved the clock: continue from there.
      if (state.buildClock !== shown) exact = state.buildClock ?? 0;
      const next = playFrame(timeline.timeline, exact, now - last, state.buildPlayback.speed, reducedMotion);
      last = now;
      exact = next.exactMs;
      if (next.done || now - committed >= COMMIT_EVERY_MS || (reducedMotion && next.shownMs !== shown)) {
        shown = next.shownMs;
        committed = now;
        state.setBuildClock(next.shownMs);
      }
      if (next.done) state.setBuildPlayback({ playing: false });
      else frame = requestAnimationFrame(tick);
    }
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
