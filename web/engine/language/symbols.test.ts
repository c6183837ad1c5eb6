import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { occurrenceAt, symbolIndex } from "./symbols";
import { positionOf, show } from "./testing/sourceText";

describe("symbolIndex", () => {
  it("is computed once per analysis", () => {
    const source = "FROM alpine AS base\n";
    const analysis = analyze(source);
    expect(symbolIndex(analysis, source)).toBe(symbolIndex(analysis, source));
  });
  it("holds one symbol per stage and one per ARG name, whatever the number of declarations", () => {
    const source = "ARG V=1\nFROM alpine AS a\nARG V\nFROM a\nARG V=2\n";
    const names = symbolIndex(analyze(source), source).symbols.map((s) =>
      s.kind === "stage" ? `stage ${s.stage.displayName}` : `arg ${s.name}`,
    );
    expect(names).toEqual(["stage a", "stage stage-1", "arg V"]);
  });
  it("keeps a stage's ARG for the stages built on it, and not for the others", () => {
    const source = "FROM alpine AS base\nARG TAG=1\nFROM base\nRUN echo $TAG\nFROM alpine\nRUN echo $TAG\n";
    const tag = symbolIndex(analyze(source), source).symbols.find((s) => s.kind === "arg")!;
    expect(
      show(
        source,
        tag.occurrences.map((o) => o.range),
      ),
    ).toEqual(["2:5 TAG", "4:11 TAG"]);
  });
  it("gives the name back to the ARG when it is declared again after an ENV", () => {
    const source = "FROM alpine\nARG X=1\nENV X=2\nRUN echo $X\nARG X\nRUN echo $X\n";
    const x = symbolIndex(analyze(source), source).symbols.find((s) => s.kind === "arg")!;
    expect(
      show(
        source,
        x.occurrences.map((o) => o.range),
      ),
    ).toEqual(["2:5 X", "5:5 X", "6:11 X"]);
  });
  it("reads ARGs in the flags and words BuildKit expands, not in CMD, which runs without them", () => {
    const source = [
      "FROM alpine",
      "ARG U=app",
      "COPY --chown=$U:$U a /home/$U/",
      "RUN --mount=type=cache,target=/c/$U true",
      "CMD echo $U",
      "",
    ].join("\n");
    const u = symbolIndex(analyze(source), source).symbols.find((s) => s.kind === "arg")!;
    expect(
      show(
        source,
        u.occurrences.map((o) => o.range),
      ),
    ).toEqual(["2:5 U", "3:15 U", "3:18 U", "3:29 U", "4:35 U"]);
  });
  it("stays correct on twenty stages that each copy from the one before", () => {
    const lines = ["ARG BASE=alpine"];
    for (let i = 0; i < 20; i++) {
      lines.push(`FROM \${BASE} AS s${i}`, "ARG BASE", `RUN echo $BASE > /${i}`);
      if (i > 0) lines.push(`COPY --from=s${i - 1} /${i - 1} /`);
    }
    const source = lines.join("\n") + "\n";
    const index = symbolIndex(analyze(source), source);
    expect(index.symbols).toHaveLength(21);
    const base = index.symbols.find((s) => s.kind === "arg")!;
    expect(base.occurrences).toHaveLength(1 + 20 * 3);
    expect(index.symbols.every((s) => s.unplaced.length === 0)).toBe(true);
  });
});

describe("occurrenceAt", () => {
  const source = "FROM alpine\nARG A B\nRUN echo $A$B\n";
  const analysis = analyze(source);
  it("takes the name the cursor is in over the one it touches the end of", () => {
    expect(occurrenceAt(analysis, source, positionOf(source, "$B", 0, 0))?.text).toBe("A");
    expect(occurrenceAt(analysis, source, positionOf(source, "$B", 0, 1))?.text).toBe("B");
  });
  it("finds nothing between names", () => {
    expect(occurrenceAt(analysis, source, positionOf(source, "echo"))).toBeNull();
  });
});
