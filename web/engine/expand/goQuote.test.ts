import { describe, expect, it } from "vitest";
import { goQuote } from "./goQuote";

describe("goQuote", () => {
  it("quotes like Go's %q: short escapes, printable Unicode kept, control bytes as \\x", () => {
    expect(goQuote('a"b\\c\n\t')).toBe('"a\\"b\\\\c\\n\\t"');
    expect(goQuote("안녕 é")).toBe('"안녕 é"');
    expect(goQuote("\u0001\u007f\u200b")).toBe('"\\x01\\x7f\\u200b"');
  });
});
