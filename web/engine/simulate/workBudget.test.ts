import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { copyChainDockerfile } from "../sampleDockerfile";
import { SIMULATION_BUDGET_RULE } from "./workBudget";

/** Thirty stages as real projects write them: builders per language, test stages, slim finals. */
function realisticThirtyStages(): string {
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) {
    parts.push(
      `FROM node:22-slim AS web${i}\nWORKDIR /web\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build`,
      `FROM python:3.12-slim AS py${i}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .`,
      `FROM golang:1.26-bookworm AS go${i}\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app${i} .`,
      `FROM py${i} AS test${i}\nRUN python -m pytest`,
      `FROM nginx:alpine AS static${i}\nCOPY --from=web${i} /web/dist /usr/share/nginx/html`,
      `FROM gcr.io/distroless/static AS final${i}\nCOPY --from=go${i} /out/app${i} /app\nCOPY --from=static${i} /usr/share/nginx/html /static\nENTRYPOINT ["/app"]`,
    );
  }
  return parts.join("\n\n") + "\n";
}

describe("the simulation's work budget", () => {
  it("stops a 1 000-stage copy chain and keeps the stages simulated before it", () => {
    const analysis = analyze(copyChainDockerfile(1000));
    const simulation = analysis.simulation;
    const stopped = simulation.diagnostics.filter((d) => d.rule === SIMULATION_BUDGET_RULE);
    expect(stopped).toHaveLength(1);
    const warning = stopped[0]!;
    expect(warning.severity).toBe("warning");
    expect(warning.message).toContain("stopped simulating");
    expect(warning.message).toContain("too many files");
    // It reaches the editor and check too, at the FROM line of the first stage left out.
    expect(analysis.diagnostics.filter((d) => d.rule === SIMULATION_BUDGET_RULE)).toHaveLength(1);
    const firstLeftOut = simulation.stages.length;
    expect(firstLeftOut).toBeGreaterThan(50);
    expect(firstLeftOut).toBeLessThan(1000);
    expect(warning.range.start.line).toBe(analysis.stages[firstLeftOut]!.from.range.start.line);
    expect(warning.message).toContain(`"s${firstLeftOut}"`);
    expect(warning.message).toContain(`${1000 - firstLeftOut} stages are not simulated`);
  });

  it("leaves each simulated stage its size, each one bigger than the one it is built on", () => {
    const simulation = analyze(copyChainDockerfile(1000)).simulation;
    const stages = simulation.stages;
    expect(stages.map((s) => s.stage)).toEqual(stages.map((_, i) => i));
    for (let i = 1; i < stages.length; i++) {
      expect(stages[i]!.sizeBytes).toBeGreaterThan(stages[i - 1]!.sizeBytes);
      expect(stages[i]!.files.some((f) => f.path === `/app${i}/f.txt`)).toBe(true);
    }
    // No step of an unsimulated stage is in the log.
    expect(Math.max(...simulation.steps.map((s) => s.stage))).toBe(stages.length - 1);
  });

  it("says the target image was not evaluated when the budget stopped before it", () => {
    const image = analyze(copyChainDockerfile(1000)).simulation.image!;
    expect(image.target).toBe(999);
    expect(image.verdict.runs).toBe(false);
    expect(image.verdict.certain).toBe(false);
    expect(image.verdict.reasons[0]!.message).toMatch(/^Not evaluated: Stageplay stopped simulating/);
  });

  it("stops a chain whose files double each stage before the stage that would pass it", () => {
    const lines = ["FROM python:3.12-slim AS s0", "RUN pip install --no-cache-dir flask"];
    for (let k = 1; k < 60; k++) lines.push(`FROM s${k - 1} AS s${k}`, `COPY --from=s${k - 1} / /c${k}/`);
    const simulation = analyze(lines.join("\n") + "\n").simulation;
    const kept = simulation.stages.length;
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(60);
    expect(simulation.stages.at(-1)!.files.length).toBeGreaterThan(
      2 * simulation.stages.at(-2)!.files.length - 10,
    );
    // A stage built FROM one the budget refused is not simulated either, even on a fresh base.
    const stopped = simulation.diagnostics.filter((d) => d.rule === SIMULATION_BUDGET_RULE);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toContain(`${60 - kept} stages are not simulated`);
  });

  it("does not touch a realistic 30-stage multistage file", () => {
    const text = realisticThirtyStages();
    // The legacy builder builds every stage up to the target: all thirty.
    const all = analyze(text, { builder: "legacy" }).simulation;
    expect(all.stages).toHaveLength(30);
    expect(all.diagnostics.map((d) => d.rule)).not.toContain(SIMULATION_BUDGET_RULE);
    for (let i = 0; i < 5; i++) {
      const simulation = analyze(text, { target: `final${i}` }).simulation;
      expect(simulation.diagnostics.map((d) => d.rule)).not.toContain(SIMULATION_BUDGET_RULE);
      expect(simulation.image?.target).toBe(6 * i + 5);
      expect(simulation.image?.sizeBytes).toBeGreaterThan(0);
    }
  });

  it("does not touch a short copy chain", () => {
    const simulation = analyze(copyChainDockerfile(50)).simulation;
    expect(simulation.diagnostics.map((d) => d.rule)).not.toContain(SIMULATION_BUDGET_RULE);
    expect(simulation.stages).toHaveLength(50);
    expect(simulation.image?.verdict.reasons.some((r) => r.message.startsWith("Not evaluated"))).toBe(false);
  });
});
