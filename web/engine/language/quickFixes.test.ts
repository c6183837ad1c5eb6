import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { quickFixesFor } from "./quickFixes";
import type { Range } from "./types";

const SOURCE = `FROM alpine:3.21 as Build
RUN echo hi > /x

FROM alpine:3.21
COPY --from=build /x /x
ENV GREETING hello
USER 1000
CMD cat /x
`;
const at = (line: number, column: number): Range => ({ start: { line, column }, end: { line, column } });
const titles = (range: Range) => quickFixesFor(analyze(SOURCE), SOURCE, range).map((fix) => fix.title);

describe("quickFixesFor", () => {
  it("offers the fix of each finding on the cursor's instruction, each preferred as its finding's only fix", () => {
    const fixes = quickFixesFor(analyze(SOURCE), SOURCE, at(1, 3));
    expect(fixes.map((fix) => [fix.rule, fix.title, fix.preferred])).toEqual([
      ["StageNameCasing", "Write the stage name in lowercase: build", true],
      ["FromAsCasing", "Write AS in the same case as FROM", true],
    ]);
    expect(fixes[0]?.diagnosticRange).toEqual({
      start: { line: 1, column: 1 },
      end: { line: 1, column: 26 },
    });
  });

  it("counts a cursor just after a finding's last character as on it", () => {
    expect(titles(at(6, 19))).toEqual(["Write ENV GREETING=hello"]);
  });

  it("offers the fixes of every finding a selection overlaps", () => {
    const selection = { start: { line: 6, column: 3 }, end: { line: 8, column: 2 } };
    expect(titles(selection)).toEqual(["Write ENV GREETING=hello", 'Use the exec form: CMD ["cat", "/x"]']);
  });

  it("offers nothing where no finding is", () => {
    expect(titles(at(2, 5))).toEqual([]);
    expect(titles(at(3, 1))).toEqual([]);
  });

  it("offers nothing for a finding whose rewrite would not be mechanical", () => {
    const source = `FROM alpine:3.21\nUSER 1000\nCMD cat /x && echo done\n`;
    const analysis = analyze(source);
    expect(analysis.diagnostics.map((d) => d.rule)).toContain("JSONArgsRecommended");
    expect(quickFixesFor(analysis, source, at(3, 1))).toEqual([]);
  });
});
