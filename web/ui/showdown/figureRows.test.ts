import { describe, expect, it } from "vitest";
import { analyze, showdownFigures } from "../../engine";
import { exampleById } from "../../content/examples";
import { figureRows, toolsByRole } from "./figureRows";

const figuresOf = (id: string) => {
  const example = exampleById(id)!;
  return showdownFigures(analyze(example.dockerfile, { context: example.context }));
};

const regular = figuresOf("flask-regular");
const published = figuresOf("flask-multistage-as-published");
const rows = Object.fromEntries(figureRows([regular, published]).map((r) => [r.label, r.cells]));
const notes = (cell: { notes: { text: string }[] } | undefined) => cell?.notes.map((n) => n.text);

describe("figureRows", () => {
  it("has one row per figure the showdown compares", () => {
    expect(Object.keys(rows)).toEqual([
      "Image size",
      "Base image",
      "Added to the base",
      "Layers",
      "Files",
      "Tools left",
      "Build time (simulated)",
      "Starts?",
    ]);
  });

  it("marks estimated bytes and, next to the smaller image's size, that it is not smaller than its base and would not start", () => {
    expect(rows["Image size"]![0]).toMatchObject({ text: "1.12GB" });
    expect(notes(rows["Image size"]![0])).toEqual(["7MB of it estimated", "the base alone is 1.11GB"]);
    expect(rows["Image size"]![1]!.text).toBe("119MB");
    expect(rows["Image size"]![1]!.notes).toEqual([
      { text: "not smaller than its base: the base alone is 119MB", tone: null },
      { text: "would not start", tone: "bad" },
    ]);
  });

  it("names the base with its size and what the build adds to it", () => {
    expect(rows["Base image"]!.map((c) => c.text)).toEqual([
      "python:3.12 (1.11GB)",
      "python:3.12-slim (119MB)",
    ]);
    expect(rows["Added to the base"]!.map((c) => c.text)).toEqual(["7MB", "198B"]);
  });

  it("gives the start verdict in words with its problem", () => {
    expect(rows["Starts?"]![0]).toEqual({ text: "Starts", notes: [] });
    expect(rows["Starts?"]![1]!.text).toBe("Would not start");
    expect(notes(rows["Starts?"]![1])![0]).toContain("ModuleNotFoundError");
  });

  it("says 'no image' for a build that has none", () => {
    const none = {
      ...published,
      sizeBytes: null,
      layers: 0,
      fileCount: 0,
      tools: [],
      problem: "The build stops at line 2.",
    };
    const cells = figureRows([none]).map((r) => r.cells[0]!.text);
    expect(cells).toEqual([
      "no image",
      "python:3.12-slim (119MB)",
      "no image",
      "no image",
      "no image",
      "no image",
      "33.0s",
      "No image",
    ]);
  });
});

describe("toolsByRole", () => {
  it("lists what builds first, then what installs, then shells", () => {
    expect(toolsByRole(regular.tools).map((g) => g.role)).toEqual([
      "compilers",
      "build tools",
      "package managers",
      "shells",
      "network tools",
      "version control",
    ]);
    expect(toolsByRole([])).toEqual([]);
  });
});
