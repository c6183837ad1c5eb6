import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteLength } from "./runSimpleCommand";

describe("byteLength", () => {
  it("counts UTF-8 bytes as TextEncoder encodes them", () => {
    expect(byteLength("")).toBe(0);
    expect(byteLength("flask==3.0\n")).toBe(11);
    expect(byteLength("é")).toBe(2);
    expect(byteLength("€")).toBe(3);
    expect(byteLength("🐳")).toBe(4);
    // A lone surrogate is written as U+FFFD, three bytes.
    expect(byteLength("\ud83d")).toBe(3);
    expect(byteLength("\udc33x")).toBe(4);
  });

  it("agrees with TextEncoder on any text", () => {
    const encoder = new TextEncoder();
    fc.assert(
      // Whole code points, and UTF-16 units one by one (which makes lone surrogates).
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
        ),
        (text) => {
          expect(byteLength(text)).toBe(encoder.encode(text).length);
        },
      ),
    );
  });
});
