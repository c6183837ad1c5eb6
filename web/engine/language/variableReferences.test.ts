import { describe, expect, it } from "vitest";
import { expandedReferences, shellReferences } from "./variableReferences";

const names = (refs: { name: string; from: number; to: number }[], text: string) =>
  refs.map((r) => `${r.from}:${text.slice(r.from, r.to)}`);

describe("expandedReferences", () => {
  it("gives the name alone inside $V, ${V} and ${V:-default}, in text order", () => {
    const text = "$A/${B}/${C:-$D}";
    expect(names(expandedReferences(text, {}), text)).toEqual(["1:A", "5:B", "10:C", "14:D"]);
  });
  it("skips what BuildKit's lexer leaves alone: single quotes and escaped dollars", () => {
    const text = "'$A' \\$B $C";
    expect(names(expandedReferences(text, {}), text)).toEqual(["10:C"]);
  });
});

describe("shellReferences", () => {
  it("finds names outside single quotes, also inside double quotes", () => {
    const text = `echo "$A" '$B' \${C:-x} \\$D $$ $1 $(pwd)`;
    expect(names(shellReferences(text), text)).toEqual(["7:A", "17:C"]);
  });
  it("reads on past a quote that is never closed without inventing names", () => {
    expect(shellReferences("echo '$A")).toEqual([]);
  });
});
