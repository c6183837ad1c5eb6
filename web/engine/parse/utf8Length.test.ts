import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "./splitLines";

describe("utf8Length", () => {
  it("counts UTF-8 bytes as TextEncoder encodes them", () => {
    expect(utf8Length("")).toBe(0);
    expect(utf8Length("flask==3.0\n")).toBe(11);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("🐳")).toBe(4);
    // A lone surrogate is written as U+FFFD, three bytes.
    expect(utf8Length("\ud83d")).toBe(3);
    expect(utf8Length("\udc33x")).toBe(4);
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
          expect(utf8Length(text)).toBe(encoder.encode(text).length);
        },
      ),
    );
  });
});
