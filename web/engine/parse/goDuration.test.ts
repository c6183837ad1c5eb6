import { describe, expect, it } from "vitest";
import { parseGoDuration } from "./goDuration";

describe("parseGoDuration", () => {
  it("reads Go durations with several units", () => {
    expect(parseGoDuration("1h30m")).toEqual({ nanos: 5400e9 });
    expect(parseGoDuration("1.5s")).toEqual({ nanos: 1.5e9 });
    expect(parseGoDuration("-2ms")).toEqual({ nanos: -2e6 });
    expect(parseGoDuration("0")).toEqual({ nanos: 0 });
  });

  it("reports Go's error text", () => {
    expect(parseGoDuration("5")).toEqual({ error: 'time: missing unit in duration "5"' });
    expect(parseGoDuration("5x")).toEqual({ error: 'time: unknown unit "x" in duration "5x"' });
    expect(parseGoDuration("abc")).toEqual({ error: 'time: invalid duration "abc"' });
    expect(parseGoDuration("")).toEqual({ error: 'time: invalid duration ""' });
  });
});
