import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "./analyze";
import { sampleDockerfile } from "./sampleDockerfile";

const piece = fc.constantFrom(
  "FROM",
  "from",
  "AS",
  "as",
  "ARG",
  "ENV",
  "COPY",
  "ADD",
  "RUN",
  "ONBUILD",
  "WORKDIR",
  "USER",
  "LABEL",
  "EXPOSE",
  "HEALTHCHECK",
  "SHELL",
  "CMD",
  "--from=",
  "--from=0",
  "--from=-1",
  "--from=b",
  "--mount=",
  "--mount=from=a,target=/t",
  "--platform=$TARGETPLATFORM",
  "$X",
  "${X}",
  "${X:-y}",
  "${X:?}",
  "${X/a/b}",
  "${",
  "}",
  '"',
  "'",
  "\\",
  "`",
  "<<EOF",
  "<<-'E'",
  "EOF",
  "=",
  "a=b",
  "[",
  "]",
  '["a", "b"]',
  "#",
  "# escape=`",
  "# syntax=x",
  "\t",
  " ",
  "\n",
  "\\\n",
  "alpine",
  "b",
  "a",
  "scratch",
  "0",
  "/src",
  "\u0000",
  "é",
  "😀",
);
const generated = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(" "));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.string(), piece) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
);
const base = sampleDockerfile(6, 12);
const mutated = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((steps) =>
  steps.reduce((text, step) => {
    const at = text.length === 0 ? 0 : step.at % text.length;
    if (step.kind === "delete") return text.slice(0, at) + text.slice(at + step.length);
    if (step.kind === "insert") return text.slice(0, at) + step.text + text.slice(at);
    return text.slice(0, at) + text.slice(at, at + step.length) + text.slice(at);
  }, base),
);
const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    target: fc.oneof(fc.string(), fc.constantFrom("a", "b", "final", "S1")),
    builder: fc.constantFrom("buildkit" as const, "legacy" as const),
    buildArgs: fc.dictionary(
      fc.constantFrom("X", "BASE", "TARGETARCH", "GO_VERSION", "constructor"),
      fc.string(),
    ),
    platform: fc.constantFrom("linux/arm64", "linux/arm/v7", "windows/amd64", "bogus"),
  },
  { requiredKeys: [] },
);

function assertUsable(source: string, opts: AnalyzeOptions) {
  const analysis = analyze(source, opts);
  expect(analysis.diagnostics.filter((d) => d.rule === "internal")).toEqual([]);
  for (const d of analysis.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  for (const index of analysis.built) expect(analysis.stages[index]?.built).toBe(true);
  expect(analysis.levels.flat().sort((a, b) => a - b)).toEqual([...analysis.built]);
}

describe("analyze robustness", () => {
  it("never throws on generated Dockerfiles", () => {
    fc.assert(fc.property(generated, options, assertUsable), { numRuns: 400 });
  });
  it("never throws on mutated real Dockerfiles", () => {
    fc.assert(fc.property(mutated, options, assertUsable), { numRuns: 300 });
  });
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => assertUsable(text, {})),
      { numRuns: 300 },
    );
  });
});
