import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const edgesOf = (run: ReturnType<typeof runFix>["after"]) =>
  run.edges.map((edge) => `${edge.kind} ${String(edge.from)}→${String(edge.to)}`);

describe("StageNameCasing fix", () => {
  it("lower-cases the name at AS and at FROM, COPY --from and a mount's from=", () => {
    const source = `FROM alpine:3.21 AS Build
RUN echo hi > /x
FROM build AS test
FROM alpine:3.21
COPY --from=Build /x /x
RUN --mount=type=bind,from="Build",target=/m cat /m/x
USER 1000
CMD ["cat", "/x"]
`;
    const run = runFix(source, "StageNameCasing");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Write the stage name in lowercase: build", true],
    ]);
    expect(run.fixed).toBe(
      source.replace("AS Build", "AS build").replace("=Build", "=build").replace('"Build"', '"build"'),
    );
    expect(run.remaining).toBe(0);
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "StageNameCasing"));
    expect(edgesOf(run.after)).toEqual(edgesOf(run.before));
  });

  it("also lower-cases a FROM that BuildKit refuses for its capitals, and fixes only the stage it is on", () => {
    const source = `FROM alpine:3.21 AS Base\nRUN echo hi > /x\nFROM Base AS Final\nUSER 1000\nCMD ["cat", "/x"]\n`;
    const run = runFix(source, "StageNameCasing");
    expect(run.fixed).toBe(
      `FROM alpine:3.21 AS base\nRUN echo hi > /x\nFROM base AS Final\nUSER 1000\nCMD ["cat", "/x"]\n`,
    );
    expect(run.after.diagnostics.map((d) => d.message)).toEqual(["Stage name 'Final' should be lowercase"]);
  });

  it("leaves a reference through a variable as written: it names the stage in any case", () => {
    const source = `FROM alpine:3.21 AS Build\nRUN echo hi > /x\nFROM alpine:3.21\nARG FROM_STAGE=Build\nCOPY --from=$FROM_STAGE /x /x\nUSER 1000\n`;
    const run = runFix(source, "StageNameCasing");
    expect(run.fixes[0]?.edits).toHaveLength(1);
  });
});
