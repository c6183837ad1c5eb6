import { describe, expect, it } from "vitest";
import { createAppStore } from "../../state/createAppStore";
import { stopBuildPlayback } from "./useBuildPlayback";
import { memoryStorage } from "../../state/memoryStorage";

describe("starting a document's player over", () => {
  it("stops playing and shows the finished build, keeping the chosen speed", () => {
    const store = createAppStore({ storage: memoryStorage });
    store.getState().setBuildPlayback({ playing: true, speed: 5 });
    store.getState().setBuildClock(1200);
    stopBuildPlayback(store.getState());
    expect(store.getState().buildClock).toBeNull();
    expect(store.getState().buildPlayback).toEqual({ playing: false, speed: 5 });
  });
});
