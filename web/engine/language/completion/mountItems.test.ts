import { describe, expect, it } from "vitest";
import { complete, labels } from "./testing/complete";

describe("RUN --mount", () => {
  it("asks for the type first, then offers the types", () => {
    expect(labels(complete("FROM alpine:3.21\nRUN --mount=|"))[0]).toBe("type=");
    expect(labels(complete("FROM alpine:3.21\nRUN --mount=type=|"))).toEqual([
      "cache",
      "bind",
      "secret",
      "ssh",
      "tmpfs",
    ]);
  });

  it("offers the keys of the type written, without those already given", () => {
    expect(labels(complete("FROM alpine:3.21\nRUN --mount=type=cache,target=/root/.cache,|"))).toEqual([
      "id=",
      "sharing=",
      "from=",
      "source=",
      "mode=",
      "uid=",
      "gid=",
      "readonly",
    ]);
    expect(labels(complete("FROM alpine:3.21\nRUN --mount=type=tmpfs,|"))).toEqual(["target=", "size="]);
    expect(labels(complete("FROM alpine:3.21\nRUN --mount=type=secret,|"))).toEqual(
      expect.arrayContaining(["id=", "env=", "required"]),
    );
  });

  it("offers the sharing modes, replacing only the value", () => {
    const items = complete("FROM alpine:3.21\nRUN --mount=type=cache,target=/x,sharing=l|");
    expect(labels(items)).toEqual(["shared", "private", "locked"]);
    expect(items[0]?.range.start.column).toBe(42);
  });

  it("offers the paths of the stage named by from= after source=", () => {
    const items = complete(
      "FROM alpine:3.21 AS deps\nRUN mkdir /deps\nFROM alpine:3.21\nRUN --mount=from=deps,source=/d|",
    );
    expect(labels(items)).toEqual(["/deps/"]);
  });

  it("offers the earlier stages after from=", () => {
    const items = complete("FROM alpine:3.21 AS deps\nFROM alpine:3.21\nRUN --mount=type=bind,from=|");
    expect(items[0]).toMatchObject({ label: "deps", kind: "stage" });
  });
});
