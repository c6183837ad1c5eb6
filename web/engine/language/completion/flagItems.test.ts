import { describe, expect, it } from "vitest";
import { takesFlag } from "../../parse/flags";
import { flagNames } from "./flagItems";
import { complete, find, labels } from "./testing/complete";

describe("flags", () => {
  it("offers the flags of the instruction at a `-` word, the ones not yet written", () => {
    expect(labels(complete("FROM alpine:3.21 AS a\nFROM alpine:3.21\nCOPY --link -|"))).toEqual([
      "--from",
      "--chown",
      "--chmod",
      "--parents",
      "--exclude",
    ]);
    expect(labels(complete("FROM alpine:3.21\nHEALTHCHECK --|"))).toEqual([
      "--interval",
      "--timeout",
      "--start-period",
      "--start-interval",
      "--retries",
    ]);
  });

  it("offers only flags BuildKit's parser accepts", () => {
    for (const keyword of ["FROM", "COPY", "ADD", "RUN", "HEALTHCHECK"]) {
      for (const name of flagNames(keyword))
        expect(takesFlag(keyword, name), `${keyword} --${name}`).toBe(true);
    }
  });

  it("reopens the list after a flag whose values it knows", () => {
    const from = find(complete("FROM alpine:3.21\nCOPY --f|"), "--from");
    expect(from).toMatchObject({
      insertText: "--from=",
      retrigger: true,
      detail: "stage name, index or image",
    });
    expect(find(complete("FROM alpine:3.21\nCOPY --l|"), "--link")?.retrigger).toBeUndefined();
  });

  it("offers no flag once an argument is written", () => {
    expect(complete("FROM alpine:3.21\nCOPY a -|")).toEqual([]);
  });

  it("offers platforms, modes, networks and security modes after their `=`", () => {
    expect(labels(complete("FROM --platform=|"))).toEqual(
      expect.arrayContaining(["linux/amd64", "linux/arm64", "$BUILDPLATFORM", "$TARGETPLATFORM"]),
    );
    expect(labels(complete("FROM alpine:3.21\nCOPY --chmod=|"))).toEqual(
      expect.arrayContaining(["755", "644", "+x"]),
    );
    expect(labels(complete("FROM alpine:3.21\nRUN --network=|"))).toEqual(["default", "none", "host"]);
    const security = complete("FROM alpine:3.21\nRUN --security=ins|");
    expect(labels(security)).toEqual(["sandbox", "insecure"]);
    expect(security[0]?.range).toEqual({ start: { line: 2, column: 16 }, end: { line: 2, column: 19 } });
  });
});
