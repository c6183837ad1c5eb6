import { describe, expect, it } from "vitest";
import { complete, find, labels } from "./testing/complete";

describe("stage names", () => {
  const file = "FROM golang:1.26 AS build\nFROM alpine:3.21 AS tools\nFROM alpine:3.21\n";

  it("offers the stages defined above after --from=, names before images", () => {
    const items = complete(`${file}COPY --from=|`);
    expect(labels(items).slice(0, 2)).toEqual(["build", "tools"]);
    expect(items[0]).toMatchObject({ kind: "stage", detail: "FROM golang:1.26 · line 1" });
    expect(labels(items)).toContain("nginx");
    expect(labels(items)).not.toContain("scratch");
  });

  it("never offers the stage being written or a later one", () => {
    expect(
      labels(
        complete("FROM alpine:3.21 AS a\nFROM alpine:3.21 AS b\nCOPY --from=| /x /x\nFROM alpine:3.21 AS c"),
      ),
    ).toEqual(expect.not.arrayContaining(["b", "c"]));
    expect(labels(complete("FROM alpine:3.21 AS a\nFROM |\nFROM alpine:3.21 AS c"))).toEqual(
      expect.not.arrayContaining(["c"]),
    );
  });

  it("offers an unnamed stage by its index, after the named ones", () => {
    const items = complete("FROM alpine:3.21\nFROM alpine:3.21 AS named\nFROM alpine:3.21\nCOPY --from=|");
    expect(items[0]?.label).toBe("named");
    expect(find(items, "0")?.detail).toBe("unnamed stage, FROM alpine:3.21 · line 1");
  });

  it("gives a built stage's simulated size, and says when a stage is not simulated", () => {
    const items = complete("FROM alpine:3.21 AS used\nFROM alpine:3.21 AS unused\nFROM used\nCOPY --from=|");
    expect(find(items, "used")?.documentation).toMatch(/^Simulated size: 7\.8MB/);
    expect(find(items, "unused")?.documentation).toMatch(/has not simulated this stage/);
  });

  it("offers the earlier stages after FROM and AS after the image", () => {
    expect(labels(complete("FROM alpine:3.21 AS base\nFROM |"))[0]).toBe("base");
    expect(complete("FROM alpine:3.21 |")[0]).toMatchObject({ label: "AS", insertText: "AS ${1:name}" });
  });
});
