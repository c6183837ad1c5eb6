import { describe, expect, it } from "vitest";
import { splitSteps } from "./splitSteps";

describe("splitting lesson text into steps", () => {
  it("starts a step at each ## heading, dropping the # title line from the first", () => {
    const steps = splitSteps(
      "# Fat images\n\nIntro.\n\n## Layers\n\nOne.\n\n## Your turn\n\nTwo.\n",
      "Start",
    );
    expect(steps).toEqual([
      { title: "Start", body: "Intro." },
      { title: "Layers", body: "One." },
      { title: "Your turn", body: "Two." },
    ]);
  });

  it("ignores headings inside code fences and keeps ### headings in the step", () => {
    const steps = splitSteps("Intro\n\n```sh\n## not a step\n```\n\n### Small\n\ntext", "Start");
    expect(steps).toHaveLength(1);
    expect(steps[0]?.title).toBe("Start");
    expect(splitSteps("## Only\n\ntext", "Start")).toEqual([{ title: "Only", body: "text" }]);
    expect(steps[0]?.body).toContain("## not a step");
    expect(steps[0]?.body).toContain("### Small");
  });

  it("gives one step for text with no headings", () => {
    expect(splitSteps("Just text.", "Lesson")).toEqual([{ title: "Lesson", body: "Just text." }]);
  });
});
