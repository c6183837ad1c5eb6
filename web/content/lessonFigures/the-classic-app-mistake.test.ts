// The figures lesson "The classic /app mistake" states, checked against the engine: the base's
// size, and that the published 81.3 MB is below what the starter's Dockerfile can possibly build.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSize } from "../../engine";

const folder = resolve(__dirname, "../../../lessons/the-classic-app-mistake");
const read = (name: string) => readFileSync(join(folder, name), "utf8");
const context = readdirSync(join(folder, "context")).map((name) => {
  const path = join(folder, "context", name);
  return { path: name, content: readFileSync(path, "utf8"), sizeBytes: statSync(path).size };
});
const text = read("text.md");

function imageOf(dockerfile: string) {
  const image = analyze(read(dockerfile), { context }).simulation.image;
  if (!image) throw new Error(`${dockerfile} builds no image`);
  return image;
}

describe("the classic /app mistake: figures in the text", () => {
  const starter = imageOf("starter.Dockerfile");
  const base = starter.layers.find((layer) => layer.kind === "base");

  it("python:alpine3.7, the starter's base, is 98.7 MB", () => {
    expect(text).toContain("**98.7 MB**");
    expect(base?.instruction).toContain("python:alpine3.7");
    expect(formatSize(base?.sizeBytes ?? 0)).toBe("98.7MB");
  });

  it("the starter adds one layer of a few hundred bytes on top of its base", () => {
    expect(text).toContain("a few hundred bytes");
    const added = starter.layers.filter((layer) => layer.kind !== "base" && layer.sizeBytes > 0);
    expect(added.map((layer) => layer.instruction)).toEqual(["COPY --from=builder /app /app"]);
    expect(added[0]!.sizeBytes).toBeGreaterThanOrEqual(100);
    expect(added[0]!.sizeBytes).toBeLessThan(1000);
  });

  it("the published 81.3 MB is below the starter's image and its base, and that image would not start", () => {
    expect(text).toContain("**81.3 MB**");
    expect(starter.sizeBytes).toBeGreaterThan(81.3e6);
    expect(base!.sizeBytes).toBeGreaterThan(81.3e6);
    expect(starter.verdict.runs).toBe(false);
  });

  it("the working solution is bigger than the broken starter", () => {
    expect(text).toContain("*bigger* than the broken one");
    const solution = imageOf("solution.Dockerfile");
    expect(solution.verdict.runs).toBe(true);
    expect(solution.sizeBytes).toBeGreaterThan(starter.sizeBytes);
  });
});
