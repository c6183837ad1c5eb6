import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { analyze, toView } from "../../engine";
import { atBottom, BuildLogView, logLines } from "./BuildLogView";

const view = toView(analyze("FROM alpine:3.21\nRUN echo hi\n", {}));

describe("the build log view", () => {
  it("makes each log's line elements once, so a moving clock adds lines without remaking the others", () => {
    const lines = logLines(view.log);
    expect(lines).toHaveLength(view.log.length);
    expect(logLines(view.log)).toBe(lines);
    expect(logLines([...view.log])).not.toBe(lines);
  });

  it("shows the lines whose time has come, and a note before there are any", () => {
    const step = view.steps.find((s) => s.text === "RUN echo hi")!;
    const before = renderToStaticMarkup(<BuildLogView log={view.log} clock={step.startMs - 1} />);
    const after = renderToStaticMarkup(<BuildLogView log={view.log} clock={step.startMs} />);
    expect(before).not.toContain("RUN echo hi");
    expect(after).toContain("RUN echo hi");
    expect(renderToStaticMarkup(<BuildLogView log={[]} clock={0} />)).toContain("(no output yet)");
  });

  it("follows the newest line only while the learner reads at the bottom", () => {
    expect(atBottom({ scrollTop: 500, scrollHeight: 800, clientHeight: 300 })).toBe(true);
    expect(atBottom({ scrollTop: 495, scrollHeight: 800, clientHeight: 300 })).toBe(true);
    expect(atBottom({ scrollTop: 200, scrollHeight: 800, clientHeight: 300 })).toBe(false);
    expect(atBottom({ scrollTop: 0, scrollHeight: 100, clientHeight: 300 })).toBe(true);
  });
});
