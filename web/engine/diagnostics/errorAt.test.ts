import { describe, expect, it } from "vitest";
import { errorAt, fileStartRange } from "./errorAt";

describe("plain errors", () => {
  it("carry BuildKit's text with no rule", () => {
    const range = { start: { line: 2, column: 1 }, end: { line: 2, column: 5 } };
    expect(errorAt("boom", range)).toEqual({ severity: "error", rule: null, message: "boom", range });
  });

  it("point at the start of the file when no line is to blame, each with its own range", () => {
    expect(fileStartRange()).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    expect(fileStartRange()).not.toBe(fileStartRange());
  });
});
