import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { completionsAt } from "./completions";
import { complete, labels } from "./completion/testing/complete";

describe("at the start of a line", () => {
  it("offers nothing on a line that continues the one above, or in a comment", () => {
    expect(complete("FROM alpine:3.21\nRUN apk add \\\n    cu|")).toEqual([]);
    expect(complete("FROM alpine:3.21\n# CO|")).toEqual([]);
  });

  it("offers no instruction inside a heredoc's body, but does on the line after it", () => {
    expect(complete("FROM alpine:3.21\nRUN <<EOF\n  ech|\nEOF\n")).toEqual([]);
    expect(labels(complete("FROM alpine:3.21\nRUN <<EOF\necho\nEOF\nCO|"))).toContain("COPY");
  });
});

it("answers on a 20-stage, 300-line file from its own facts", () => {
  const stages = Array.from({ length: 20 }, (_, index) =>
    [
      `FROM ${index === 0 ? "python:3.12-slim" : `s${index - 1}`} AS s${index}`,
      `ARG A${index}=${index}`,
      ...Array.from({ length: 13 }, (_, step) => `RUN mkdir -p /out/s${index}/d${step}`),
    ].join("\n"),
  );
  const source = `${stages.join("\n")}\nCOPY --from=s1 /out/ /out\nRUN echo $`;
  const analysis = analyze(source);
  const line = source.split("\n").length;
  expect(line).toBeGreaterThanOrEqual(300);
  const names = labels(
    completionsAt(analysis, source, { line: line - 1, column: "COPY --from=".length + 1 }),
  );
  expect(names.slice(0, 19)).toEqual(Array.from({ length: 19 }, (_, index) => `s${index}`));
  const paths = labels(
    completionsAt(analysis, source, { line: line - 1, column: "COPY --from=s1 /out/".length + 1 }),
  );
  expect(paths).toEqual(["/out/s0/", "/out/s1/"]);
  const variables = completionsAt(analysis, source, { line, column: "RUN echo $".length + 1 });
  expect(labels(variables)).toEqual(expect.arrayContaining(["A0", "A19"]));
});
