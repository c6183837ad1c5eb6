import { describe, expect, it } from "vitest";
import { analyze } from "../../engine";
import { PLAYGROUND_CONTEXT, PLAYGROUND_STARTER } from "./playgroundStarter";

describe("the playground's starter", () => {
  const analysis = analyze(PLAYGROUND_STARTER, { context: PLAYGROUND_CONTEXT });

  it("finds every file it copies in its context", () => {
    const errors = analysis.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.message)).toEqual([]);
    const copied = analysis.simulation.stages[0]!.files.map((f) => f.path);
    expect(copied).toEqual(expect.arrayContaining(["/src/go.mod", "/src/go.sum", "/src/main.go"]));
  });

  it("would start, from an image that holds the server alone", () => {
    const image = analysis.simulation.image!;
    expect(image.verdict.runs).toBe(true);
    expect(analysis.simulation.stages.at(-1)!.files.some((f) => f.path === "/server")).toBe(true);
  });
});
