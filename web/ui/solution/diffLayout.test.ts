import { describe, expect, it } from "vitest";
import { SIDE_BY_SIDE_MIN_WIDTH, diffLayout, diffLegend } from "./diffLayout";

describe("diffLayout", () => {
  it("puts the two texts side by side where there is room", () => {
    expect(diffLayout(SIDE_BY_SIDE_MIN_WIDTH)).toBe("side-by-side");
    expect(diffLayout(1200)).toBe("side-by-side");
  });

  it("goes inline in a narrower dialog, such as on a phone", () => {
    expect(diffLayout(SIDE_BY_SIDE_MIN_WIDTH - 1)).toBe("inline");
    expect(diffLayout(358)).toBe("inline");
  });
});

describe("diffLegend", () => {
  it("says which side is the learner's", () => {
    expect(diffLegend("side-by-side", false)).toMatch(
      /Your Dockerfile is on the left, the solution on the right/,
    );
  });

  it("explains the inline markers without relying on colour", () => {
    expect(diffLegend("inline", false)).toMatch(
      /− are only in your Dockerfile, lines marked \+ only in the solution/,
    );
  });

  it("says so when there is nothing to compare", () => {
    expect(diffLegend("inline", true)).toBe("Your Dockerfile is the same as the solution.");
  });
});
