import { describe, expect, it } from "vitest";
import { analyze } from "../../engine";
import { sameDiagnostics } from "./sameDiagnostics";

describe("sameDiagnostics", () => {
  const before = analyze("FROM alpine\nRUN apt-get install curl\n").diagnostics;

  it("is true for the findings of a keystroke that changes nothing they say", () => {
    expect(before.length).toBeGreaterThan(0);
    expect(sameDiagnostics(before, analyze("FROM alpine\nRUN apt-get install curl\n\n").diagnostics)).toBe(
      true,
    );
  });

  it("is false when a finding moves, changes or appears", () => {
    expect(sameDiagnostics(before, analyze("\nFROM alpine\nRUN apt-get install curl\n").diagnostics)).toBe(
      false,
    );
    expect(sameDiagnostics(before, analyze("FROM alpine:3.20\nRUN apt-get install curl\n").diagnostics)).toBe(
      false,
    );
    expect(sameDiagnostics(before, [])).toBe(false);
  });
});
