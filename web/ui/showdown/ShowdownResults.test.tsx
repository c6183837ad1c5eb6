import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { analyze, showdownFigures } from "../../engine";
import { exampleById } from "../../content/examples";
import { ShowdownResults } from "./ShowdownResults";
import type { FiguresState } from "./measureFigures";

const ready = (id: string): { label: string; state: FiguresState } => {
  const example = exampleById(id)!;
  const figures = showdownFigures(analyze(example.dockerfile, { context: example.context }));
  return { label: example.title, state: { status: "ready", figures } };
};

describe("ShowdownResults", () => {
  it("shows the sentences, both charts with their text and the table once both sides are measured", () => {
    const html = renderToStaticMarkup(
      <ShowdownResults sides={[ready("flask-regular"), ready("flask-multistage-as-published")]} />,
    );
    expect(html).toContain('aria-busy="false"');
    expect(html).toContain("a smaller image that does not start is not a win");
    expect(html).toContain("imports <code>flask</code>");
    expect(html).toMatch(/role="img" aria-label="Image size\. Flask, regular image: 1\.12GB/);
    expect(html).toMatch(/role="img" aria-label="Build time, simulated\./);
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col">B: Flask, &#x27;multistage&#x27; as often published</th>');
  });

  it("tells the same source on both sides apart by its side", () => {
    const html = renderToStaticMarkup(<ShowdownResults sides={[ready("go-regular"), ready("go-regular")]} />);
    expect(html).toContain("Go, regular image (side A)");
    expect(html).toContain("Both images are");
  });

  it("says what it waits for, and why a side could not be measured", () => {
    const html = renderToStaticMarkup(
      <ShowdownResults
        sides={[
          { label: "Left", state: { status: "measuring" } },
          { label: "Right", state: { status: "failed", message: "the analysis engine stopped" } },
        ]}
      />,
    );
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain("Left: measuring…");
    expect(html).toContain("Right: Stageplay could not measure it: the analysis engine stopped");
    expect(html).not.toContain("<table");
  });

  it("says why nothing comes without the simulator, and waits for nothing", () => {
    const html = renderToStaticMarkup(
      <ShowdownResults
        sides={[
          { label: "Left", state: { status: "no-engine" } },
          { label: "Right", state: { status: "no-engine" } },
        ]}
      />,
    );
    expect(html).toContain('aria-busy="false"');
    expect(html).toContain("Left: the simulator is not running, so there is nothing to measure.");
    expect(html).toContain("Right: the simulator is not running, so there is nothing to measure.");
    expect(html).not.toContain("measuring");
    expect(html).not.toContain("<table");
  });
});
