import { describe, expect, it } from "vitest";
import { analyze, showdownFigures, type ShowdownFigures } from "../../engine";
import { exampleById } from "../../content/examples";
import { readShowdown, type Contender } from "./readShowdown";

const contender = (id: string): Contender => {
  const example = exampleById(id)!;
  return {
    label: example.title,
    figures: showdownFigures(analyze(example.dockerfile, { context: example.context })),
  };
};

const regular = contender("flask-regular");
const published = contender("flask-multistage-as-published");
const venv = contender("flask-multistage-venv");
const distroless = contender("go-distroless");

const texts = (a: Contender, b: Contender) => readShowdown(a, b).map((r) => `${r.tone}: ${r.text}`);

describe("readShowdown on the seed pair", () => {
  const readings = texts(regular, published);

  it("says first that the 'multistage' image would not start, and what it would print", () => {
    expect(readings[0]).toMatch(
      /^bad: Flask, 'multistage' as often published would not start: .*ModuleNotFoundError/,
    );
  });

  it("does not call the smaller image a win", () => {
    expect(readings).toContainEqual(
      expect.stringMatching(
        /^bad: Flask, 'multistage' as often published is 998MB smaller than Flask, regular image \(89%: 119MB against 1.12GB\), but it would not start: a smaller image that does not start is not a win\.$/,
      ),
    );
  });

  it("puts the saving down to the base image and says the image is not smaller than its base", () => {
    expect(readings).toContain(
      "info: 991MB of that difference is the base image alone: python:3.12 is 1.11GB and python:3.12-slim is 119MB.",
    );
    expect(readings).toContain(
      "info: Flask, 'multistage' as often published is not smaller than its base image (no image is): python:3.12-slim alone is 119MB, and its build adds 198B on top.",
    );
  });

  it("reads the same whichever side each image is on", () => {
    expect(new Set(texts(published, regular))).toEqual(new Set(readings));
  });

  it("names the build tools the regular image still ships", () => {
    expect(readings).toContain("warn: Flask, regular image still ships build tools: gcc, make.");
  });
});

describe("readShowdown on images that both start", () => {
  it("says both start and calls the smaller one smaller without a 'but'", () => {
    const readings = texts(regular, venv);
    expect(readings).toContain("good: Both images would start.");
    expect(readings.find((r) => r.includes("smaller than"))).toMatch(/^info: .*\)\.$/);
    expect(readings.some((r) => r.startsWith("bad:"))).toBe(false);
  });

  it("says when an image keeps no shell, package manager or compiler", () => {
    expect(texts(regular, distroless)).toContain(
      "good: Go, static binary on distroless keeps no shell, package manager or compiler.",
    );
  });
});

describe("readShowdown on what it cannot measure", () => {
  const noImage: ShowdownFigures = {
    ...regular.figures,
    sizeBytes: null,
    layers: 0,
    fileCount: 0,
    tools: [],
    runs: false,
    buildMs: 100,
    problem: 'The build stops at line 2 ("/missing.txt": not found), so there is no image to start.',
  };

  it("says a side has no image and compares no sizes", () => {
    const readings = texts({ label: "Broken", figures: noImage }, regular);
    expect(readings[0]).toBe(
      'bad: Broken has no image: The build stops at line 2 ("/missing.txt": not found), so there is no image to start.',
    );
    expect(readings.some((r) => r.includes("smaller"))).toBe(false);
    expect(readings.some((r) => r.includes("takes longer to build"))).toBe(false);
  });

  it("says when it cannot tell whether the smaller image starts", () => {
    const unsure = {
      label: "Unsure",
      figures: { ...published.figures, runs: null, problem: "mycorp/base is unknown." },
    };
    const readings = texts(unsure, regular);
    expect(readings[0]).toBe("warn: Stageplay cannot tell whether Unsure starts: mycorp/base is unknown.");
    expect(readings).toContainEqual(expect.stringMatching(/but Stageplay cannot tell whether it starts\.$/));
  });
});
