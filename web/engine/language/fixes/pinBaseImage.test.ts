import { describe, expect, it } from "vitest";
import { resolveBaseImage } from "../../simulate/catalog";
import { runFix } from "./testing/applyEdits";

/** The tag the catalog measured as `latest`: pinning names today's image, whatever the catalog's date. */
const today = (image: string) => resolveBaseImage(image).image.measuredTag.split(":")[1];

const image = (from: string) => `FROM ${from}\nUSER 1000\nCMD ["python3"]\n`;

describe("base-image-latest fix", () => {
  it("pins an untagged image to the tag latest is today in the catalog", () => {
    const run = runFix(image("python"), "base-image-latest");
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      [`Pin python to ${today("python")}, today's latest`, true],
    ]);
    expect(today("python")).toMatch(/^3\.\d+/);
    expect(run.fixed).toBe(image(`python:${today("python")}`));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "base-image-latest"));
  });

  it("replaces :latest, keeping the registry as written", () => {
    const run = runFix(image("docker.io/library/node:latest"), "base-image-latest");
    expect(run.fixed).toBe(image(`docker.io/library/node:${today("node")}`));
    expect(run.remaining).toBe(0);
  });

  it("offers nothing for an image the catalog does not know, or one that publishes no version tags", () => {
    expect(runFix(image("example.com/team/app"), "base-image-latest").fixes).toEqual([]);
    expect(runFix(image("gcr.io/distroless/static-debian12"), "base-image-latest").fixes).toEqual([]);
  });
});
