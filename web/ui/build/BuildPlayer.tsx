import { memo, useMemo } from "react";
import type { AnalysisView } from "../../engine";
import { selectBuildClock, selectBuildPlayback, selectView } from "../../state/selectors";
import type { BuildPlayback } from "../../state/types";
import { useAppStore } from "../storeContext";
import { BuildLogView } from "./BuildLogView";
import { BuildTotals } from "./BuildTotals";
import { ChangeReruns } from "./ChangeReruns";
import { PlayerControls } from "./PlayerControls";
import { RerunPicker } from "./RerunPicker";
import { StageTimeline } from "./StageTimeline";
import { timelineOf } from "./playback";
import "./build.css";

/** The simulated build as a BuildKit-style log, played back step by step. */
export function BuildPlayer() {
  const view = useAppStore(selectView);
  const clock = useAppStore(selectBuildClock);
  const playback = useAppStore(selectBuildPlayback);
  return (
    <section className="build-player" aria-label="Build player">
      {view ? (
        <BuildPlayerBody view={view} clock={clock} playback={playback} />
      ) : (
        <p className="build-muted">Reading the Dockerfile…</p>
      )}
    </section>
  );
}

// The clock moves many times a second while playing; what does not depend on it renders once per view.
const StillTotals = memo(BuildTotals);
const StillReruns = memo(RerunPicker);
const StillChange = memo(ChangeReruns);

export function BuildPlayerBody({
  view,
  clock,
  playback,
}: {
  view: AnalysisView;
  /** The play position in simulated ms; null shows the finished build. */
  clock: number | null;
  playback: BuildPlayback;
}) {
  const timeline = useMemo(() => timelineOf(view), [view]);
  return (
    <>
      <PlayerControls view={view} timeline={timeline} clock={clock} playback={playback} />
      <StageTimeline view={view} timeline={timeline} clock={clock} />
      <BuildLogView log={view.log} clock={clock} />
      <StillChange view={view} />
      <StillTotals view={view} />
      <StillReruns view={view} />
    </>
  );
}
