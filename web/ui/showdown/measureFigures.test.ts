import { describe, expect, it } from "vitest";
import { createEngineSession } from "../../engine";
import { exampleById } from "../../content/examples";
import { measureFigures } from "./measureFigures";

describe("measureFigures", () => {
  const example = exampleById("go-regular")!;

  it("gives the engine's figures for the Dockerfile and its context", async () => {
    const state = await measureFigures(createEngineSession(), example.dockerfile, example.context);
    expect(state.status).toBe("ready");
    expect(state.status === "ready" && state.figures.sizeBytes).toBeGreaterThan(0);
  });

  it("turns a stopped engine's rejection into a reason to show", async () => {
    const stopped = { figures: () => Promise.reject(new Error("the analysis engine stopped: it crashed")) };
    expect(await measureFigures(stopped, example.dockerfile, example.context)).toEqual({
      status: "failed",
      message: "the analysis engine stopped: it crashed",
    });
  });

  it("turns an engine that throws instead of answering into a reason to show", async () => {
    const broken = {
      figures: () => {
        throw new TypeError("no figures today");
      },
    };
    expect(await measureFigures(broken, example.dockerfile, null)).toEqual({
      status: "failed",
      message: "no figures today",
    });
  });
});
