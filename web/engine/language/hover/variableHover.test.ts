import { describe, expect, it } from "vitest";
import { hover, markdown } from "./hoverOn";

describe("hover on a variable", () => {
  it("gives a global ARG's value on a FROM line, and its line", () => {
    const source = "ARG BASE=alpine:3.21\nFROM ${BASE}\n";
    const info = hover(source, "${BASE}", { into: 3 });
    expect(info?.range).toEqual({ start: { line: 2, column: 6 }, end: { line: 2, column: 13 } });
    expect(markdown(info)).toBe(
      "**Variable `BASE`** — = `alpine:3.21`\n\n" +
        "The default of the global ARG on line 1, before the first FROM. `--build-arg BASE=…` would override it.",
    );
  });

  it("says when --build-arg gives the value", () => {
    const text = markdown(hover("ARG V=1\nFROM alpine:$V\n", "$V", { buildArgs: { V: "3.21" } }));
    expect(text).toContain("= `3.21`");
    expect(text).toContain("`--build-arg V` gives its value");
  });

  it("explains the platform ARGs BuildKit sets", () => {
    const text = markdown(hover("FROM --platform=$BUILDPLATFORM alpine\n", "BUILDPLATFORM"));
    expect(text).toContain("= `linux/amd64`");
    expect(text).toContain("machine running the build");
  });

  it("gives an ENV's value and line inside a stage", () => {
    const text = markdown(hover("FROM alpine\nENV DIR=/app\nWORKDIR $DIR\n", "$DIR"));
    expect(text).toContain("**Variable `DIR`** — = `/app`");
    expect(text).toContain("Set by the ENV on line 2.");
  });

  it("says a global ARG a stage has not declared expands to an empty string", () => {
    const text = markdown(hover("ARG OUT=/out\nFROM alpine\nRUN mkdir -p $OUT\n", "$OUT"));
    expect(text).toContain("— unset here");
    expect(text).toContain("expands to an empty string");
    expect(text).toContain("add `ARG OUT` in this stage");
  });

  it("follows an ARG that imports the global value", () => {
    const text = markdown(hover("ARG OUT=/out\nFROM alpine\nARG OUT\nCOPY a $OUT/\n", "$OUT"));
    expect(text).toContain("= `/out`");
    expect(text).toContain("takes the value of the global ARG on line 1");
  });

  it("says ENV does not travel to the stage that copies from it", () => {
    const source = "FROM alpine AS build\nENV APP=/app\nFROM alpine\nCOPY --from=build $APP /app\n";
    const text = markdown(hover(source, "$APP"));
    expect(text).toContain("expands to an empty string");
    expect(text).toContain("ENV stays in its stage");
  });

  it("finds a value inherited through FROM <stage>", () => {
    const text = markdown(hover("FROM alpine AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n", "$APP"));
    expect(text).toContain("Set by the ENV on line 2 of stage `base`, inherited through FROM.");
  });

  it("reads the base image's ENV", () => {
    const text = markdown(hover("FROM python:3.12-slim\nRUN echo $PYTHON_VERSION\n", "$PYTHON"));
    expect(text).toContain("Set by the ENV of the base image `python:3.12-slim`");
  });

  it("gives what a default form expands to", () => {
    expect(markdown(hover("FROM alpine\nWORKDIR ${DIR:-/srv}\n", "{DIR"))).toContain(
      "Here `${DIR:-/srv}` gives `/srv`.",
    );
  });

  it("says an ARG is gone when a shell-form CMD runs", () => {
    const text = markdown(hover("FROM alpine\nARG PORT=8080\nCMD serve --port $PORT\n", "$PORT"));
    expect(text).toContain("when the container starts");
    expect(text).toContain("The ARG on line 2 exists only while building");
  });

  it("says exec form expands nothing", () => {
    expect(markdown(hover('FROM alpine\nENV A=1\nCMD ["echo", "$A"]\n', "$A"))).toContain(
      "reaches it as written",
    );
  });

  it("leaves a single-quoted reference alone, as BuildKit does", () => {
    expect(hover("FROM alpine\nENV A='$B'\n", "$B")).toBeNull();
  });

  it("shows a value with backticks and asterisks as code, never as Markdown", () => {
    const text = markdown(hover('FROM alpine\nENV A="x`*y*"\nWORKDIR /$A\n', "$A"));
    expect(text.split("\n")[0]).toBe("**Variable `A`** — = ``x`*y*``");
  });
});
