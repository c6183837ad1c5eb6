import { describe, expect, it } from "vitest";
import { keystrokeTexts, sampleDockerfile } from "../sampleDockerfile";
import type { AnalyzeOptions } from "../analyze";
import { createEngineSession } from "./engineSession";
import type { AnalysisView } from "./types";
import { createViewDecoder, createViewEncoder, type ViewDelta } from "./viewDelta";

const APP = `FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:3.12-slim
COPY --from=build /app /app
CMD ["python", "/app/app.py"]
`;
const CONTEXT = [
  { path: "requirements.txt", sizeBytes: 12, content: "flask==3.0\n" },
  { path: "app.py", sizeBytes: 40, content: "print('hi')\n" },
];

/** The texts a learner might type through: edits in place, a stage added and removed, a parse error. */
const STEPS: [string, AnalyzeOptions][] = [
  [APP, { context: CONTEXT }],
  [APP.replace("WORKDIR /app", "WORKDIR /srv"), { context: CONTEXT }],
  [APP + "\nFROM alpine AS extra\nRUN echo hi\n", { context: CONTEXT }],
  [APP + "\nFROM alpine AS extra\nRUN echo hi\n", { context: CONTEXT, target: "build" }],
  [APP.replace('CMD ["python"', 'CMD ["python'), { context: CONTEXT }],
  [APP, { context: CONTEXT, builder: "legacy" }],
  ["", {}],
  ["FROM scratch\n", {}],
  ...keystrokeTexts(sampleDockerfile(8, 12), 12).map((text): [string, AnalyzeOptions] => [text, {}]),
];

function run(steps: [string, AnalyzeOptions][]) {
  const session = createEngineSession();
  const encode = createViewEncoder();
  const decode = createViewDecoder();
  return steps.map(([text, options]) => {
    const view = session.analyze(text, options);
    // What postMessage would have delivered: the view itself, structured-cloned.
    const sent = structuredClone(view);
    const delta: ViewDelta = structuredClone(encode(view));
    return { sent, delta, received: decode(delta) };
  });
}

describe("view deltas", () => {
  it("rebuild each view exactly as a structured clone of it would arrive", () => {
    for (const { sent, received } of run(STEPS)) expect(received).toStrictEqual(sent);
  });

  it("send only what changed, and keep the unchanged fields and items as the same objects", () => {
    const text = sampleDockerfile(20, 15);
    const typed = text.replace("RUN echo step 0 && \\", "RUN echo step 01 && \\");
    const [first, second] = run([
      [text, {}],
      [typed, {}],
    ]);
    const full = JSON.stringify(first!.delta).length;
    const changed = JSON.stringify(second!.delta).length;
    expect(full).toBeGreaterThanOrEqual(JSON.stringify(first!.sent).length);
    expect(changed).toBeLessThan(full / 3);
    // The first stage's RUN changed; the figures of a stage that copies only certificates from it did not.
    const untouched = (view: AnalysisView) => view.stages.find((s) => s.displayName === "s2");
    expect(untouched(second!.received)).toBeDefined();
    expect(untouched(second!.received)).toBe(untouched(first!.received));
    expect(second!.received.args).toBe(first!.received.args);
    expect(second!.received.steps).not.toBe(first!.received.steps);
    expect(second!.received.steps.find((s) => s.text.includes("step 01"))).toBeDefined();
  });

  it("drop the items a shorter list no longer has", () => {
    const [, , shorter] = run([
      [APP + "\nFROM alpine AS extra\n", {}],
      [APP + "\nFROM alpine AS extra\nFROM alpine AS more\n", {}],
      [APP, {}],
    ]);
    expect(shorter!.received.stages.map((s) => s.displayName)).toEqual(["build", "stage-1"]);
  });
});
