import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const image = (runs: string) => `FROM debian:bookworm-slim\n${runs}\nUSER 1000\nCMD ["curl"]\n`;
const INSTALL = "RUN apt-get update && apt-get install -y --no-install-recommends curl";

describe("apt's lists left in the image", () => {
  it("removes them at the end of the RUN that installs", () => {
    const run = runFix(image(INSTALL), "build-cache-in-image");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Remove apt's lists in the same RUN", true],
    ]);
    expect(run.fixed).toBe(image(`${INSTALL} && rm -rf /var/lib/apt/lists/*`));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "build-cache-in-image"));
  });

  it("keeps a RUN split over lines readable, in the style it uses", () => {
    const leading = runFix(
      image("RUN apt-get update \\\n    && apt-get install -y curl"),
      "build-cache-in-image",
    );
    expect(leading.fixed).toBe(
      image("RUN apt-get update \\\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*"),
    );
    expect(leading.remaining).toBe(0);
    const trailing = runFix(
      image("RUN apt-get update && \\\n  apt-get install -y curl"),
      "build-cache-in-image",
    );
    expect(trailing.fixed).toBe(
      image("RUN apt-get update && \\\n  apt-get install -y curl && \\\n  rm -rf /var/lib/apt/lists/*"),
    );
  });
});

describe("apt's lists removed in a later RUN", () => {
  it("moves the cleanup into the installing RUN and removes the RUN that only cleaned up", () => {
    const run = runFix(image(`${INSTALL}\nRUN rm -rf /var/lib/apt/lists/*`), "removed-in-later-layer");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Move the cleanup into the RUN on line 2", true],
    ]);
    expect(run.fixed).toBe(image(`${INSTALL} && rm -rf /var/lib/apt/lists/*`));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "removed-in-later-layer"));
  });

  it("keeps a cleanup RUN that does more, which then has nothing of apt's left to delete", () => {
    const runs = `${INSTALL}\nRUN echo ready > /ready && rm -rf /var/lib/apt/lists/*`;
    const run = runFix(image(runs), "removed-in-later-layer");
    expect(run.fixed).toBe(image(runs.replace("curl\n", "curl && rm -rf /var/lib/apt/lists/*\n")));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "removed-in-later-layer"));
  });
});
