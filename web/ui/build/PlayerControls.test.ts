import { describe, expect, it } from "vitest";
import { analyze, toView } from "../../engine";
import { announcement, statusText } from "./PlayerControls";
import { timelineOf } from "./playback";

const viewOf = (source: string) => toView(analyze(source, {}));
const BUILD = "FROM alpine:3.21\nRUN echo one\nRUN echo two\nRUN echo three\n";
const FAILING = "FROM alpine:3.21\nRUN go build .\n";

describe("what a screen reader hears from the player", () => {
  const view = viewOf(BUILD);
  const timeline = timelineOf(view);

  it("hears once that the build plays, not each step as it starts", () => {
    const heard = new Set(timeline.stops.slice(0, -1).map((ms) => announcement(view, timeline, ms, true)));
    expect([...heard]).toEqual(["Playing the build."]);
    const shown = new Set(timeline.stops.slice(0, -1).map((ms) => statusText(view, timeline, ms, true)));
    expect(shown.size).toBeGreaterThan(1);
  });

  it("hears where the build paused, and how it ended", () => {
    const step = view.steps.find((s) => s.text === "RUN echo two")!;
    expect(announcement(view, timeline, step.startMs, false)).toBe("Paused at stage-0, line 3: RUN echo two");
    expect(announcement(view, timeline, timeline.endMs, true)).toMatch(
      /^Built in \d+\.\d s of simulated time\.$/,
    );
  });

  it("hears the failure when the build reaches it", () => {
    const failing = viewOf(FAILING);
    const end = timelineOf(failing);
    expect(announcement(failing, end, end.endMs, false)).toBe(
      "The build fails at line 2: /bin/sh: go: not found",
    );
  });

  it("hears nothing before the learner plays", () => {
    expect(announcement(view, timeline, null, false)).toBe("");
    expect(statusText(view, timeline, null, false)).toMatch(/Press Play to watch it run\.$/);
  });
});
