import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { createEngineSession } from "../views/engineSession";

const FILE = `ARG VERSION=3.20
FROM alpine:\${VERSION} AS build
RUN echo built > /out
FROM alpine:3.20
COPY --from=build /out /out
`;

describe("the engine session's editor questions", () => {
  it("answers from the latest analysis when the question is about its text", () => {
    const session = createEngineSession();
    session.analyze(FILE, {});
    const before = session.latest();
    const outline = session.language({ query: "outline", source: FILE });
    expect(outline.map((s) => s.name)).toEqual(["VERSION", "build", "stage-1"]);
    expect(session.latest()).toBe(before);
  });

  it("answers about newer text than the latest analysis without making it the latest", () => {
    const session = createEngineSession();
    session.analyze(FILE, {});
    const newer = FILE.replace("AS build", "AS compile").replace("--from=build", "--from=compile");
    const definition = session.language({
      query: "definition",
      source: newer,
      position: { line: 5, column: 14 },
    });
    expect(definition).toEqual([{ start: { line: 2, column: 27 }, end: { line: 2, column: 34 } }]);
    expect(session.latest()?.source).toBe(FILE);
  });

  it("reads newer text with the options of the latest analysis", () => {
    const session = createEngineSession();
    session.analyze(FILE, { buildArgs: { VERSION: "3.21" } });
    const hover = session.language({
      query: "hover",
      source: `${FILE}\n`,
      position: { line: 2, column: 16 },
    });
    expect(hover?.markdown).toContain("3.21");
  });

  it("analyzes a text once when a question overtakes its analysis, with options that crossed as a copy", () => {
    const analyzed: string[] = [];
    const session = createEngineSession((source, options) => {
      analyzed.push(source);
      return analyze(source, options);
    });
    session.analyze(FILE, { buildArgs: { VERSION: "3.21" } });
    const newer = `${FILE}RUN true\n`;
    session.language({ query: "outline", source: newer });
    session.language({ query: "folding", source: newer });
    session.analyze(newer, { buildArgs: { VERSION: "3.21" } });
    session.language({ query: "outline", source: newer });
    expect(analyzed).toEqual([FILE, newer]);
  });

  it("analyzes again when the options of the analysis request differ from those the question used", () => {
    const analyzed: string[] = [];
    const session = createEngineSession((source, options) => {
      analyzed.push(source);
      return analyze(source, options);
    });
    session.analyze(FILE, {});
    const newer = `${FILE}RUN true\n`;
    session.language({ query: "outline", source: newer });
    session.analyze(newer, { target: "build" });
    expect(analyzed).toEqual([FILE, newer, newer]);
    expect(session.latest()?.analysis.target).toBe(0);
  });
});
