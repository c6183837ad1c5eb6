import { useEffect } from "react";
import type { AnalysisView } from "../../engine";
import type { AppState } from "../../state/types";
import { useAppStore, useAppStoreApi } from "../storeContext";
import { playFrame, timelineOf, type Timeline } from "./playback";

/** How often the clock is written to the store while playing: often enough to look smooth. */
const COMMIT_EVERY_MS = 33;

export const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/** Back to the finished build, not playing: where a document's player starts. */
export function stopBuildPlayback(state: Pick<AppState, "setBuildClock" | "setBuildPlayback">) {
  state.setBuildPlayback({ playing: false });
  state.setBuildClock(null);
}

/**
 * Moves the build clock while the player plays. Mounted with the panel, not the Build tab, so the
 * diagram keeps following the build when the learner switches to it. The panel is mounted per
 * document: a position on one file's build means nothing on another's, so mounting and unmounting
 * start the player over.
 */
export function useBuildPlayback() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.buildPlayback.playing);
  useEffect(() => {
    stopBuildPlayback(store.getState());
    return () => stopBuildPlayback(store.getState());
  }, [store]);
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
