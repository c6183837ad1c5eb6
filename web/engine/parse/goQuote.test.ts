import { describe, expect, it } from "vitest";
import { goQuote, goQuoteList } from "./goQuote";

describe("goQuote", () => {
  it("escapes quotes, backslashes and control characters like strconv.Quote", () => {
    expect(goQuote('a"b\\c\n\t\u0000\u0007\u007f')).toBe('"a\\"b\\\\c\\n\\t\\x00\\a\\x7f"');
  });

  it("keeps printable Unicode and escapes the rest", () => {
    expect(goQuote("♥ ☃ 한국어 😀")).toBe('"♥ ☃ 한국어 😀"');
    expect(goQuote("\u00a0\u200b\ufeff\u{e0001}")).toBe('"\\u00a0\\u200b\\ufeff\\U000e0001"');
  });

  it("turns a lone surrogate into the replacement character Go would have decoded", () => {
    expect(goQuote("a\ud800b")).toBe('"a�b"');
  });

  it("formats lists like %q on a []string", () => {
    expect(goQuoteList(["--from=a", "--link"])).toBe('["--from=a" "--link"]');
  });
});
