import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replacePattern, trimPrefix, trimSuffix } from "./shellPattern";

// What Go does, spelled as a backtracking RegExp: fine for short strings, and the oracle here.
function toRegExp(pattern: string, greedy: boolean, anchored: boolean, flags = "u") {
  const source = Array.from(pattern)
    .map((c) => (c === "*" ? (greedy ? "[^\\n]*" : "[^\\n]*?") : c === "?" ? "[^\\n]" : c))
    .join("");
  return new RegExp((anchored ? "^" : "") + source, flags);
}
function oracleTrim(pattern: string, value: string, greedy: boolean) {
  const m = toRegExp(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}
function oracleReplace(value: string, pattern: string, replacement: string, all: boolean) {
  if (!all) return value.replace(toRegExp(pattern, true, false), () => replacement);
  const re = toRegExp(pattern, true, false, "gu");
  let out = "";
  let lastEnd = 0;
  for (let search = 0; search <= value.length;) {
    re.lastIndex = search;
    const m = re.exec(value);
    if (!m) break;
    const end = m.index + m[0].length;
    out += value.slice(lastEnd, m.index);
    if (end > lastEnd || m.index === 0) out += replacement;
    lastEnd = end;
    search = search + 1 > end ? search + 1 : end;
  }
  return out + value.slice(lastEnd);
}

const pattern = fc.array(fc.constantFrom("a", "b", "*", "?"), { maxLength: 6 }).map((p) => p.join(""));
const value = fc.array(fc.constantFrom("a", "b", "\n"), { maxLength: 12 }).map((v) => v.join(""));

describe("shell patterns", () => {
  it("trim the same prefix Go's regular expressions would", () => {
    fc.assert(
      fc.property(pattern, value, fc.boolean(), (p, v, greedy) => {
        expect(trimPrefix(p, v, greedy)).toBe(oracleTrim(p, v, greedy));
      }),
      { numRuns: 2000 },
    );
  });
  it("replace the same matches Go's regular expressions would", () => {
    fc.assert(
      fc.property(pattern, value, fc.boolean(), (p, v, all) => {
        expect(replacePattern(v, p, "X", all)).toBe(oracleReplace(v, p, "X", all));
      }),
      { numRuns: 2000 },
    );
  });
  it("stay fast on patterns that make a backtracking matcher explode", () => {
    const long = "a".repeat(20_000);
    const start = performance.now();
    trimPrefix("*a*a*a*b", long, false);
    replacePattern(long, "*a*a*b", "", true);
    trimSuffix("*a*a*b", long, true);
    expect(performance.now() - start).toBeLessThan(2000);
  });
  it("expand $0 in a replace-all template to the match, as Go's Expand does", () => {
    expect(replacePattern("a-b", "-", "[$0]", true)).toBe("a[-]b");
  });
});
