import { describe, expect, it } from "vitest";
import { formatSeconds, formatSize } from "./formatSize";
import { cacheKeyOf, hashText } from "./hash";

describe("formatSize", () => {
  it.each([
    [0, "0B"],
    [136, "136B"],
    [1_500, "1.5kB"],
    [7_800_000, "7.8MB"],
    [124_300_000, "124MB"],
    [1_020_000_000, "1.02GB"],
    [5e9, "5GB"],
  ])("prints %d bytes as docker images does: %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
  it("prints durations as BuildKit's DONE lines do", () => {
    expect(formatSeconds(12_345)).toBe("12.3s");
  });
});

describe("cache key hashing", () => {
  it("is stable and 14 hex digits", () => {
    expect(hashText("COPY . .")).toBe(hashText("COPY . ."));
    expect(hashText("COPY . .")).toMatch(/^[0-9a-f]{14}$/);
  });
  it("tells parts apart however their text is split", () => {
    expect(cacheKeyOf("ab", "c")).not.toBe(cacheKeyOf("a", "bc"));
  });
});
