// The sizes the "Layers only add" lesson states, checked against the engine's build of its starter
// with the lesson's own context, so the text and the Image tab cannot disagree.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSize } from "../../engine";
import { loadCourse } from "../loadCourse";

const lessons = resolve(__dirname, "../../../lessons");
const lesson = loadCourse(lessons).lessons.find((l) => l.id === "layers-only-add")!;
const text = readFileSync(resolve(lessons, "layers-only-add/text.md"), "utf8");

describe("the layers-only-add lesson's figures", () => {
  const starter = analyze(lesson.starter, { context: lesson.context }).simulation.image!;
  const layerOf = (line: number) => starter.layers.find((layer) => layer.line === line);
  const stated = (figure: string) => expect(text).toContain(`**${figure}**`);

  it("states the starter image's size", () => {
    expect(formatSize(starter.sizeBytes)).toBe("465MB");
    stated("465MB");
  });

  it("states the apt lists' layer and the delete's empty layer", () => {
    expect(formatSize(layerOf(2)!.sizeBytes)).toBe("19MB");
    expect(formatSize(layerOf(4)!.sizeBytes)).toBe("0B");
    stated("19MB");
    stated("0B");
  });

  it("states npm's cache left by npm ci", () => {
    const cache = starter.layers
      .flatMap((layer) => (layer.line === 7 ? layer.added : []))
      .filter((file) => file.path.startsWith("/root/.npm/"))
      .reduce((sum, file) => sum + file.sizeBytes, 0);
    expect(formatSize(cache)).toBe("77.1MB");
    stated("77.1MB");
  });

  it("states what chown -R copies into its layer", () => {
    expect(formatSize(layerOf(10)!.sizeBytes)).toBe("65MB");
    stated("65MB");
  });
});
