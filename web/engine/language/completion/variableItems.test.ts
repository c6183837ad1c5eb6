import { describe, expect, it } from "vitest";
import { complete, find } from "./testing/complete";

describe("variables", () => {
  it("offers the meta ARGs and the automatic ones on a FROM line", () => {
    const items = complete("ARG BASE=alpine\nFROM $|");
    expect(items[0]).toMatchObject({ label: "BASE", detail: "ARG = alpine", insertText: "BASE" });
    expect(find(items, "TARGETPLATFORM")?.detail).toBe("automatic ARG = linux/amd64");
  });

  it("offers the stage's ARGs and ENVs declared above, with their values, and closes the brace", () => {
    const items = complete("ARG V=1\nFROM alpine:3.21\nARG A=x\nENV B=y\nRUN echo ${|\nENV LATER=z", {
      buildArgs: { A: "from-cli" },
    });
    expect(find(items, "A")).toMatchObject({ detail: "ARG = from-cli (--build-arg)", insertText: "A}" });
    expect(find(items, "B")?.detail).toBe("ENV = y");
    expect(find(items, "PATH")?.documentation).toMatch(/base image alpine:3\.21/);
    expect(find(items, "LATER")).toBeUndefined();
    expect(find(items, "V")?.detail).toBe("not declared in this stage");
  });

  it("inherits the variables of the stage it is built on", () => {
    expect(find(complete("FROM alpine:3.21 AS a\nENV X=1\nFROM a\nRUN echo $|"), "X")?.documentation).toMatch(
      /stage a/,
    );
  });

  it("replaces only the name after `$`", () => {
    expect(complete("FROM alpine:3.21\nENV A=1\nRUN echo $A|")[0]?.range.start).toEqual({
      line: 3,
      column: 11,
    });
  });
});
