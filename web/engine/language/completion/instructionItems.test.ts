import { describe, expect, it } from "vitest";
import { complete, find, labels } from "./testing/complete";

describe("at the start of a line", () => {
  it("offers every instruction as a snippet with a sentence about it", () => {
    const items = complete("FROM alpine:3.21\n|");
    expect(labels(items)).toEqual(
      expect.arrayContaining(["FROM", "COPY", "COPY --from", "RUN", "RUN --mount=type=cache", "ARG", "ENV"]),
    );
    expect(labels(items)).toEqual(
      expect.arrayContaining(["CMD", "ENTRYPOINT", "WORKDIR", "USER", "EXPOSE", "LABEL", "HEALTHCHECK"]),
    );
    expect(labels(items)).toEqual(
      expect.arrayContaining(["SHELL", "VOLUME", "STOPSIGNAL", "ONBUILD", "ADD"]),
    );
    expect(find(items, "COPY --from")?.insertText).toBe(
      "COPY --from=${1:stage} ${2:source} ${3:destination}",
    );
    expect(find(items, "FROM")?.insertText).toBe("FROM ${1:image} AS ${2:name}");
    expect(find(items, "CMD")?.insertText).toBe('CMD ["${1:executable}"]');
    for (const item of items) {
      expect(item.snippet).toBe(true);
      expect(item.documentation).toMatch(/^[`A-Z].*\.$/);
    }
  });

  it("replaces the partial word typed so far", () => {
    const [item] = complete("FROM alpine:3.21\n  CO|");
    expect(item?.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 5 } });
  });

  it("offers only FROM and ARG before the first FROM", () => {
    expect(new Set(complete("|\nFROM alpine:3.21").map((item) => item.insertText.split(" ")[0]))).toEqual(
      new Set(["FROM", "ARG"]),
    );
  });

  it("offers the instructions a trigger may be after ONBUILD", () => {
    const items = labels(complete("FROM alpine:3.21\nONBUILD |"));
    expect(items).toContain("RUN");
    expect(items).not.toContain("FROM");
  });
});
