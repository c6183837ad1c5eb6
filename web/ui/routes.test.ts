import { describe, expect, it } from "vitest";
import { lessonHref, parseRoute, showdownHref } from "./routes";

describe("hash routes", () => {
  it("reads a lesson id", () => {
    expect(parseRoute("#/lessons/why-images-get-fat")).toEqual({
      kind: "lesson",
      lessonId: "why-images-get-fat",
    });
  });
  it("reads the playground, with or without a trailing slash", () => {
    expect(parseRoute("#/playground")).toEqual({ kind: "playground" });
    expect(parseRoute("#/playground/")).toEqual({ kind: "playground" });
  });
  it("reads the showdown, alone or for a lesson", () => {
    expect(parseRoute("#/showdown")).toEqual({ kind: "showdown", lessonId: null });
    expect(parseRoute(showdownHref("why-images-get-fat"))).toEqual({
      kind: "showdown",
      lessonId: "why-images-get-fat",
    });
  });
  it("reads the course map and a share link, keeping the shared data as it is", () => {
    expect(parseRoute("#/lessons")).toEqual({ kind: "course" });
    expect(parseRoute("#/lessons/")).toEqual({ kind: "course" });
    expect(parseRoute("#/share/N4Ig+ab$-%25")).toEqual({ kind: "share", data: "N4Ig+ab$-%25" });
  });
  it("treats an empty hash as home", () => {
    expect(parseRoute("")).toEqual({ kind: "home" });
    expect(parseRoute("#/")).toEqual({ kind: "home" });
  });
  it("reports anything else as not found, keeping what was asked for", () => {
    expect(parseRoute("#/lessons/Bad Id")).toEqual({ kind: "notFound", hash: "#/lessons/Bad Id" });
    expect(parseRoute("#/%E0%A4%A")).toMatchObject({ kind: "notFound" });
  });
  it("builds the link a route reads back", () => {
    expect(parseRoute(lessonHref("a-b"))).toEqual({ kind: "lesson", lessonId: "a-b" });
  });
});
