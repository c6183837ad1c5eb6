import { describe, expect, it } from "vitest";
import { complete, find, labels } from "./testing/complete";

describe("images", () => {
  it("offers the catalog's image names, reopening the list for the tags", () => {
    const python = find(complete("FROM py|"), "python");
    expect(python).toMatchObject({ kind: "image", insertText: "python:", retrigger: true });
    expect(python?.detail).toMatch(/glibc, musl$/);
  });

  it("offers the tags the catalog knows with size and libc, and where the figure comes from", () => {
    const items = complete("FROM python:3.12-s|");
    const slim = find(items, "python:3.12-slim-bookworm");
    expect(slim).toMatchObject({ kind: "tag", detail: "124MB · glibc" });
    expect(slim?.documentation).toMatch(/Measured size 124MB: from docker-library's repo-info/);
    expect(find(items, "python:3.12-alpine")?.detail).toBe("48.8MB · musl");
    expect(items[0]?.range).toEqual({ start: { line: 1, column: 6 }, end: { line: 1, column: 19 } });
  });

  it("marks a tag that floats as an estimate", () => {
    expect(find(complete("FROM node:|"), "node:lts-alpine")?.detail).toBe("168MB · musl · estimate");
  });

  it("offers a registry's own tags only", () => {
    expect(labels(complete("FROM gcr.io/distroless/static-debian12:|"))).toEqual([
      "gcr.io/distroless/static-debian12:latest",
      "gcr.io/distroless/static-debian12:nonroot",
      "gcr.io/distroless/static-debian12:debug",
      "gcr.io/distroless/static-debian12:debug-nonroot",
    ]);
    expect(
      find(complete("FROM gcr.io/distroless/static-debian12:|"), "gcr.io/distroless/static-debian12:latest")
        ?.detail,
    ).toMatch(/no libc/);
  });
});
