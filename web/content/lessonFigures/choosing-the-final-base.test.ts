// The base sizes lesson "Choosing the final base" states, checked against the engine: the starter
// built with each final base in turn, the base layer measured.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSize } from "../../engine";

const folder = resolve(__dirname, "../../../lessons/choosing-the-final-base");
const read = (name: string) => readFileSync(join(folder, name), "utf8");
const context = readdirSync(join(folder, "context")).map((name) => {
  const path = join(folder, "context", name);
  return { path: name, content: readFileSync(path, "utf8"), sizeBytes: statSync(path).size };
});
const text = read("text.md");
const starter = read("starter.Dockerfile");

/** The starter with its final stage on `base`, and the bytes that base brings. */
function baseBytes(base: string): number {
  const source = starter.replace("FROM debian:bookworm-slim", `FROM ${base}`);
  expect(source).toContain(`FROM ${base}\n`);
  const image = analyze(source, { context }).simulation.image;
  if (!image) throw new Error(`no image on ${base}`);
  expect(image.base).toBe(base);
  return image.layers.filter((layer) => layer.kind === "base").reduce((sum, l) => sum + l.sizeBytes, 0);
}

describe("choosing the final base: figures in the text", () => {
  it("debian:bookworm-slim is 74.8 MB", () => {
    expect(text).toContain("`debian:bookworm-slim` is **74.8 MB**");
    expect(formatSize(baseBytes("debian:bookworm-slim"))).toBe("74.8MB");
  });

  it("alpine:3.21 is 7.8 MB", () => {
    expect(text).toContain("`alpine:3.21` is **7.8 MB**");
    expect(formatSize(baseBytes("alpine:3.21"))).toBe("7.8MB");
  });

  it("distroless static is about 3 MB", () => {
    expect(text).toContain("about 3 MB");
    const bytes = baseBytes("gcr.io/distroless/static-debian12");
    expect(Math.abs(bytes - 3e6)).toBeLessThan(0.5e6);
  });

  it("scratch is 0 bytes", () => {
    expect(text).toContain("the empty filesystem, 0 bytes");
    expect(baseBytes("scratch")).toBe(0);
  });
});
