import { describe, expect, it } from "vitest";
import { asStageIndex as s } from "../stages/types";
import { parallelLevels } from "./parallelLevels";
import type { Edge } from "./types";

const edge = (from: number, to: number) => ({ kind: "copy", from: s(from), to: s(to) }) as Edge;

describe("parallel levels", () => {
  it("put independent stages on one level and a stage after everything it needs", () => {
    const built = [0, 1, 2, 3].map(s);
    expect(parallelLevels(built, [edge(0, 2), edge(1, 2), edge(2, 3), edge(0, 3)], "buildkit")).toEqual([
      [0, 1],
      [2],
      [3],
    ]);
  });
  it("give the legacy builder one stage per level, in file order", () => {
    expect(parallelLevels([0, 1, 2].map(s), [], "legacy")).toEqual([[0], [1], [2]]);
  });
  it("still level a cyclic graph, ignoring the edge that closes the cycle, instead of looping", () => {
    // The walk starts at stage 0 and meets it again through 1's dependency on 0, which it drops.
    expect(parallelLevels([0, 1].map(s), [edge(0, 1), edge(1, 0)], "buildkit")).toEqual([[1], [0]]);
    expect(parallelLevels([0, 1, 2].map(s), [edge(0, 1), edge(1, 2), edge(2, 0)], "buildkit")).toEqual([
      [1],
      [2],
      [0],
    ]);
  });
});
