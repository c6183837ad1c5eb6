import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { definitionAt, occurrencesAt, referencesAt } from "./navigation";
import { positionOf, show } from "./testing/sourceText";

const stages = [
  "FROM golang:1.22 AS Build",
  "RUN go build -o /app",
  "FROM alpine AS tools",
  'COPY --from="build" /app /app',
  "RUN --mount=type=cache,from=build,target=/cache true",
  "FROM build AS test",
  "COPY --from=0 /app /copy",
  "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
  "",
].join("\n");

describe("stage names", () => {
  const analysis = analyze(stages);
  const references = (needle: string, nth = 0, offset = 0) =>
    show(stages, referencesAt(analysis, stages, positionOf(stages, needle, nth, offset), true));
  const definition = (needle: string, nth = 0, offset = 0) =>
    show(stages, definitionAt(analysis, stages, positionOf(stages, needle, nth, offset)));

  it("finds every reference of a stage from its AS name: FROM, quoted --from, mount from= and the index", () => {
    expect(references("Build")).toEqual(["1:21 Build", "4:14 build", "5:29 build", "6:6 build", "7:13 0"]);
  });
  it("matches names case-insensitively, as BuildKit lower-cases them", () => {
    expect(references('"build"', 0, 1)).toEqual(references("Build"));
  });
  it("goes from a quoted --from to the AS name", () => {
    expect(definition('"build"', 0, 1)).toEqual(["1:21 Build"]);
  });
  it("goes from a mount's from= to the AS name", () => {
    expect(definition("from=build", 0, 5)).toEqual(["1:21 Build"]);
  });
  it("goes from a numeric --from to the stage at that index", () => {
    expect(definition("--from=0", 0, 7)).toEqual(["1:21 Build"]);
  });
  it("finds the stage from the cursor just after its name", () => {
    expect(definition("FROM build", 0, 10)).toEqual(["1:21 Build"]);
  });
  it("has no definition for an external image", () => {
    expect(definition("nginx:1.27")).toEqual([]);
    expect(references("nginx:1.27")).toEqual([]);
  });
  it("leaves the definition out of the references when asked to", () => {
    const at = positionOf(stages, "tools");
    expect(referencesAt(analysis, stages, at, true)).toHaveLength(1);
    expect(referencesAt(analysis, stages, at, false)).toEqual([]);
  });
  it("marks the definition among the occurrences", () => {
    const marks = occurrencesAt(analysis, stages, positionOf(stages, "--from=0", 0, 7));
    expect(marks.map((o) => o.definition)).toEqual([true, false, false, false, false]);
  });

  it("goes to the FROM line of an unnamed stage named by its index", () => {
    const source = "FROM alpine\nRUN true\nFROM scratch\nCOPY --from=0 / /\n";
    const at = positionOf(source, "--from=0", 0, 7);
    expect(show(source, definitionAt(analyze(source), source, at))).toEqual(["1:1 FROM"]);
  });
  it("finds the stage named in a COPY of an ONBUILD trigger once, however many stages run it", () => {
    const source = [
      "FROM alpine AS assets",
      "FROM alpine AS base",
      "ONBUILD COPY --from=assets /a /a",
      "FROM base AS one",
      "FROM base AS two",
      "",
    ].join("\n");
    const at = positionOf(source, "assets");
    expect(show(source, referencesAt(analyze(source), source, at, false))).toEqual(["3:21 assets"]);
  });
});

const args = [
  "ARG VERSION=1.22",
  "ARG BASE=golang:${VERSION}",
  "FROM ${BASE} AS build",
  "ARG VERSION",
  'RUN echo "$VERSION" ${VERSION:-none}',
  "ENV VERSION=shadowed",
  "RUN echo $VERSION",
  "FROM build AS test",
  "RUN echo ${VERSION}",
  "",
].join("\n");

describe("ARG names", () => {
  const analysis = analyze(args);
  const at = (needle: string, nth = 0, offset = 0) => positionOf(args, needle, nth, offset);

  it("finds the meta ARG, its use in another default, and its redeclaration with its uses", () => {
    expect(show(args, referencesAt(analysis, args, at("VERSION"), true))).toEqual([
      "1:5 VERSION",
      "2:19 VERSION",
      "4:5 VERSION",
      "5:12 VERSION",
      "5:23 VERSION",
    ]);
  });
  it("stops at an ENV of the same name, which the stages built on it inherit", () => {
    const all = show(args, referencesAt(analysis, args, at("VERSION"), true));
    expect(all).not.toContain("7:11 VERSION");
    expect(all).not.toContain("9:12 VERSION");
  });
  it("goes from a use in a stage to its ARG, then to the meta ARG that ARG brings in", () => {
    expect(show(args, definitionAt(analysis, args, at("${VERSION:-", 0, 2)))).toEqual([
      "4:5 VERSION",
      "1:5 VERSION",
    ]);
  });
  it("goes from a FROM line to the meta ARG", () => {
    expect(show(args, definitionAt(analysis, args, at("${BASE}", 0, 2)))).toEqual(["2:5 BASE"]);
  });
  it("has nothing for a variable no ARG declares", () => {
    const source = "FROM alpine\nRUN echo $HOME\n";
    expect(definitionAt(analyze(source), source, positionOf(source, "HOME"))).toEqual([]);
  });
  it("reads the uses inside a heredoc script and a two-line RUN", () => {
    const source = [
      "FROM alpine",
      "ARG NAME=x",
      "RUN <<EOF",
      "echo $NAME",
      "EOF",
      "RUN echo a \\",
      "  && echo ${NAME}",
      "COPY <<'EOF' /literal",
      "$NAME",
      "EOF",
      "",
    ].join("\n");
    const found = referencesAt(analyze(source), source, positionOf(source, "NAME"), false);
    expect(show(source, found)).toEqual(["4:7 NAME", "7:13 NAME"]);
  });
});

describe("names inside a RUN continued over several lines", () => {
  const references = (source: string, needle: string, nth = 0) =>
    show(source, referencesAt(analyze(source), source, positionOf(source, needle, nth), true));
  const definition = (source: string, needle: string, nth = 0, offset = 0) =>
    show(source, definitionAt(analyze(source), source, positionOf(source, needle, nth, offset)));

  it("finds an ARG on every line of a four-line RUN, and goes to its ARG from the middle lines", () => {
    const source = [
      "FROM golang:1.22 AS build",
      "ARG VERSION=1.0",
      "RUN --mount=type=cache,id=go-$VERSION,target=/root/.cache/go-build \\",
      '    go build -ldflags "-X main.version=$VERSION" \\',
      "    -o /out/app-$VERSION ./cmd/app \\",
      "    && echo $VERSION",
      "",
    ].join("\n");
    expect(references(source, "VERSION")).toEqual([
      "2:5 VERSION",
      "3:31 VERSION",
      "4:41 VERSION",
      "5:18 VERSION",
      "6:14 VERSION",
    ]);
    expect(definition(source, "$VERSION", 2, 1)).toEqual(["2:5 VERSION"]);
    expect(definition(source, "$VERSION", 3, 8)).toEqual(["2:5 VERSION"]);
  });
  it("skips the comment and empty lines BuildKit drops from the middle of an instruction", () => {
    const source = [
      "FROM alpine",
      "ARG NAME=x",
      "RUN echo $NAME \\",
      "# BuildKit drops this line, $NAME and all",
      "    && echo ${NAME} \\",
      "",
      "    && touch /$NAME",
      "",
    ].join("\n");
    expect(references(source, "NAME")).toEqual(["2:5 NAME", "3:11 NAME", "5:15 NAME", "7:16 NAME"]);
  });
  it("joins lines on the escape character the file chose", () => {
    const source = [
      "# escape=`",
      "FROM alpine",
      "ARG NAME=x",
      "RUN echo $NAME `",
      '    && echo "$NAME" `',
      "    && echo \\ $NAME",
      "",
    ].join("\n");
    expect(references(source, "NAME")).toEqual(["3:5 NAME", "4:11 NAME", "5:15 NAME", "6:16 NAME"]);
  });
  it("counts the tabs that indent continuation lines", () => {
    const source = "FROM alpine\nARG N=1\nRUN echo $N \\\n\t&& echo $N \\\n\t\t&& echo $N\n";
    expect(references(source, "N=")).toEqual(["2:5 N", "3:11 N", "4:11 N", "5:12 N"]);
  });
  it("goes from a mount's from= on the second line to the stage", () => {
    const source = [
      "FROM golang:1.22 AS build",
      "RUN go build -o /out/app",
      "FROM alpine",
      "RUN --mount=type=cache,target=/root/.cache \\",
      "    --mount=type=bind,from=build,source=/out,target=/in \\",
      "    cp /in/app /app",
      "",
    ].join("\n");
    expect(definition(source, "from=build", 0, 5)).toEqual(["1:21 build"]);
    expect(references(source, "build")).toEqual(["1:21 build", "5:28 build"]);
  });
});
