import { describe, expect, it } from "vitest";
import { analyze, showdownFigures } from "../../engine";
import { exampleById } from "../../content/examples";
import { sizeChart, timeChart } from "./chartBars";

const contender = (id: string) => {
  const example = exampleById(id)!;
  return {
    label: example.title,
    figures: showdownFigures(analyze(example.dockerfile, { context: example.context })),
  };
};

const regular = contender("flask-regular");
const published = contender("flask-multistage-as-published");

describe("sizeChart", () => {
  const chart = sizeChart([regular, published]);

  it("draws the bigger image full width, split into its base and what the build adds", () => {
    const [big, small] = chart.bars;
    expect(big!.base + big!.rest).toBeCloseTo(1);
    expect(big!.base).toBeCloseTo(1.11 / 1.117, 2);
    expect(small!.base + small!.rest).toBeCloseTo(119.2 / 1117, 3);
  });

  it("keeps 'would not start' next to the smaller image's figure", () => {
    expect(chart.bars.map((b) => [b.value, b.warning])).toEqual([
      ["1.12GB", null],
      ["119MB", "would not start"],
    ]);
  });

  it("says the same in one sentence", () => {
    expect(chart.description).toBe(
      "Image size. Flask, regular image: 1.12GB, of which the base image is 1.11GB; Flask, 'multistage' as often published: 119MB, of which the base image is 119MB, and it would not start.",
    );
  });

  it("draws no bar for a build with no image", () => {
    const none = { label: "Broken", figures: { ...published.figures, sizeBytes: null } };
    expect(sizeChart([none, regular]).bars[0]).toMatchObject({ value: "no image", base: 0, rest: 0 });
  });
});

describe("timeChart", () => {
  it("draws build times against the slower one, and says them", () => {
    const chart = timeChart([regular, published]);
    expect(Math.max(...chart.bars.map((b) => b.rest))).toBe(1);
    expect(chart.description).toMatch(/^Build time, simulated\. Flask, regular image: 33\.0s; .*: 33\.0s\.$/);
  });
});
