import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { sampleDockerfile } from "./sampleDockerfile";

// Linearity, not speed: each case compares a 5 000-line file with a 250-line one of the same shape
// (20× the lines) and allows 30×: a quadratic step would cost 400×. Time is the process's CPU time, not the wall clock, so that other
// work on the machine (the rest of the suite, other processes) does not count; speed itself is
// measured by `npm run bench:engine`, which prints figures and fails nothing.
// A 250-line analysis is too short to pay the young-generation GC a 5 000-line one pays, so the
// small file is timed in batches of 20, which amortises it.

function median(samples: number[]) {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
}

function cpuMs(run: () => void) {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function ratio(small: string, large: string) {
  for (let i = 0; i < 2; i++) analyze(large);
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    smallMs.push(cpuMs(() => Array.from({ length: 20 }, () => analyze(small))) / 20);
    largeMs.push(cpuMs(() => analyze(large)));
  }
  return median(largeMs) / median(smallMs);
}

/** One long stage that is built, so the simulator sees every line (many small stages are mostly skipped). */
function longStage(lines: number) {
  const body = [
    "WORKDIR /app",
    "ENV MODE=prod",
    "COPY app.py /app/",
    "RUN echo built > /app/marker",
    "RUN mkdir -p /data",
  ];
  return [
    "FROM python:3.12-slim",
    ...Array.from({ length: lines - 2 }, (_, i) => body[i % body.length]),
    'CMD ["python", "/app/app.py"]',
  ].join("\n");
}

describe("analyze cost", () => {
  it("grows linearly with the number of stages: 5 000 lines cost at most 30× 250 lines", () => {
    const small = sampleDockerfile(17, 15);
    const large = sampleDockerfile(334, 15);
    expect(small.split("\n").length).toBeGreaterThanOrEqual(250);
    expect(large.split("\n").length).toBeGreaterThanOrEqual(5_000);
    expect(ratio(small, large)).toBeLessThanOrEqual(30);
  }, 120_000);

  it("grows linearly within one long built stage: 5 000 lines cost at most 30× 250 lines", () => {
    const small = longStage(250);
    const large = longStage(5_000);
    expect(analyze(small).built).toHaveLength(1);
    expect(ratio(small, large)).toBeLessThanOrEqual(30);
  }, 120_000);
});
