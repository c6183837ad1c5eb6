import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { Edge } from "../graph/types";
import { renameAt, renameTargetAt } from "./rename";
import { applyEdits, positionOf } from "./testing/sourceText";

const source = [
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

/** The text after renaming what is at `needle` to `newName`, or the rejection. */
function renamed(text: string, needle: string, newName = "renamed", nth = 0, offset = 0): string {
  const result = renameAt(analyze(text), text, positionOf(text, needle, nth, offset), newName);
  return "rejected" in result ? `rejected: ${result.rejected}` : applyEdits(text, result.edits);
}

const edgeShape = (edges: Edge[]) => edges.map((e) => `${e.kind} ${String(e.from)} -> ${e.to}`);

describe("renaming a stage", () => {
  it("rewrites the AS name and every name reference, in lower case, and leaves the index alone", () => {
    const after = renamed(source, "Build", "Compile");
    expect(after.split("\n")).toEqual([
      "FROM golang:1.22 AS compile",
      "RUN go build -o /app",
      "FROM alpine AS tools",
      'COPY --from="compile" /app /app',
      "RUN --mount=type=cache,from=compile,target=/cache true",
      "FROM compile AS test",
      "COPY --from=0 /app /copy",
      "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
      "",
    ]);
  });
  it("says what it renamed, so a build target that names the stage can follow", () => {
    const result = renameAt(analyze(source), source, positionOf(source, "Build"), "Compile");
    expect("renamed" in result && result.renamed).toEqual({ kind: "stage", from: "build", to: "compile" });
  });

  it("gives the renamed file the same graph", () => {
    const after = renamed(source, "from=build", "compile", 0, 5);
    expect(edgeShape(analyze(after).edges)).toEqual(edgeShape(analyze(source).edges));
  });
  it("starts from the name as written at the cursor", () => {
    const target = renameTargetAt(analyze(source), source, positionOf(source, '"build"', 0, 1));
    expect(target).toMatchObject({ text: "build", range: { start: { line: 4, column: 14 } } });
  });
  it("is refused from a numeric --from, whose index a rename does not change", () => {
    expect(renameTargetAt(analyze(source), source, positionOf(source, "--from=0", 0, 7))).toEqual({
      rejected:
        "--from=0 names the stage by its position, which a rename does not change. Rename the stage at its AS name.",
    });
  });
  it("is refused for a stage without a name", () => {
    const text = "FROM alpine\nFROM scratch\nCOPY --from=0 / /\n";
    const refusal =
      "rejected: This stage has no name to rename. Give it one with AS name at the end of its FROM line.";
    expect(renamed(text, "--from=0", "base", 0, 7)).toBe(refusal);
    expect(renamed(text, "FROM")).toBe(refusal);
  });
  it("has nothing to rename on an external image", () => {
    expect(renameTargetAt(analyze(source), source, positionOf(source, "nginx"))).toBeNull();
  });
  it("refuses names BuildKit rejects, reserves, or another stage or image holds", () => {
    expect(renamed(source, "Build", "1st")).toBe(
      'rejected: "1st" is not a valid stage name: it must start with a letter and contain only letters, digits, "-", "_" and ".".',
    );
    expect(renamed(source, "Build", "")).toBe("rejected: A stage name cannot be empty.");
    expect(renamed(source, "Build", "scratch")).toMatch(/^rejected: "scratch" is the empty base image/);
    expect(renamed(source, "Build", "context")).toMatch(/^rejected: "context" is a name BuildKit reserves/);
    expect(renamed(source, "Build", "Tools")).toBe('rejected: The stage on line 3 is already named "tools".');
    expect(renamed(source, "Build", "nginx:1.27")).toMatch(/not a valid stage name/);
    const text = "FROM alpine AS build\nFROM debian\nCOPY --from=busybox /bin/sh /sh\n";
    expect(renamed(text, "build", "busybox")).toBe(
      'rejected: Line 3 uses the image "busybox": a stage by that name would take its place there.',
    );
  });
  it("is refused when FROM reaches the stage through a variable the rename cannot follow", () => {
    const text = "ARG BASE=build\nFROM alpine AS build\nFROM ${BASE}\n";
    expect(renamed(text, "build", "compile", 1)).toMatch(
      /^rejected: The stage "build" cannot be renamed safely: line 3 names it through a variable, whose value a rename does not change\. Rename it by hand\.$/,
    );
  });
});

describe("renaming an ARG", () => {
  const text = [
    "ARG VERSION=1.22",
    "FROM golang:${VERSION} AS build",
    "ARG VERSION",
    "RUN echo ${VERSION:-none} $HOME",
    "FROM alpine",
    "ARG VERSION=2",
    "ENV VERSION=3",
    "RUN echo $VERSION",
    "",
  ].join("\n");

  it("says what it renamed, so a --build-arg that names the ARG can follow", () => {
    const result = renameAt(analyze(text), text, positionOf(text, "VERSION"), "GO_VERSION");
    expect("renamed" in result && result.renamed).toEqual({ kind: "arg", from: "VERSION", to: "GO_VERSION" });
  });

  it("renames every declaration and every use that reads an ARG, not one that reads the ENV", () => {
    expect(renamed(text, "VERSION", "GO_VERSION").split("\n")).toEqual([
      "ARG GO_VERSION=1.22",
      "FROM golang:${GO_VERSION} AS build",
      "ARG GO_VERSION",
      "RUN echo ${GO_VERSION:-none} $HOME",
      "FROM alpine",
      "ARG GO_VERSION=2",
      "ENV VERSION=3",
      "RUN echo $VERSION",
      "",
    ]);
  });
  it("gives the renamed file the same image", () => {
    const after = renamed(text, "${VERSION:-", "GO", 0, 2);
    expect(analyze(after).stages.map((s) => s.base)).toEqual(analyze(text).stages.map((s) => s.base));
  });
  it("refuses an invalid name, a name the builder sets, and a name the file already uses", () => {
    expect(renamed(text, "VERSION", "2X")).toBe(
      'rejected: "2X" is not a valid ARG name: use letters, digits and "_", and do not start with a digit.',
    );
    expect(renamed(text, "VERSION", "TARGETARCH")).toBe(
      "rejected: TARGETARCH is an ARG the builder sets itself; pick another name.",
    );
    expect(renamed(text, "VERSION", "HOME")).toBe(
      "rejected: This file already uses a variable named HOME; renaming to it would mix the two up.",
    );
  });
  it("is refused when a line continuation cuts a use in two, where the editor cannot point at it", () => {
    const split = ["FROM alpine", "ARG NAME", "RUN echo \\", "  one $NA\\", "ME two", ""].join("\n");
    expect(renamed(split, "NAME")).toBe(
      "rejected: The ARG NAME cannot be renamed safely: line 3 names it with a line break, quote or escape inside the name, where the editor cannot point at the exact characters. Rename it by hand.",
    );
  });
});

describe("renaming inside a RUN continued over several lines", () => {
  const build = [
    "ARG VERSION=1.0",
    "FROM golang:${VERSION} AS build",
    "ARG VERSION",
    "RUN --mount=type=cache,id=go-$VERSION,target=/root/.cache/go-build \\",
    '    go build -ldflags "-X main.version=$VERSION" \\',
    "# the binary is named after its version",
    "    -o /out/app-$VERSION ./cmd/app \\",
    "    && echo $VERSION",
    "FROM alpine",
    "RUN --mount=type=cache,target=/root/.cache \\",
    "    --mount=type=bind,from=build,source=/out,target=/in \\",
    "    cp /in/app /app",
    "",
  ].join("\n");
  /** What the build makes of a file: stages, edges, meta ARG values and RUN commands, names put `back`. */
  const meaning = (text: string, back = (s: string) => s) => {
    const analysis = analyze(text);
    return {
      stages: analysis.stages.map((s) => back(`${s.displayName} ${s.base}`)),
      edges: edgeShape(analysis.edges),
      metaArgs: analysis.metaArgs.map((a) => back(`${a.name}=${a.value}`)),
      runs: analysis.parse.instructions.filter((i) => i.keyword === "RUN").map((i) => back(i.text)),
    };
  };

  it("renames an ARG on every line of the RUN, past a comment line, and the file means the same", () => {
    const after = renamed(build, "$VERSION", "APP_VERSION", 2, 1);
    expect(after.split("\n").slice(3, 8)).toEqual([
      "RUN --mount=type=cache,id=go-$APP_VERSION,target=/root/.cache/go-build \\",
      '    go build -ldflags "-X main.version=$APP_VERSION" \\',
      "# the binary is named after its version",
      "    -o /out/app-$APP_VERSION ./cmd/app \\",
      "    && echo $APP_VERSION",
    ]);
    expect(meaning(after, (s) => s.replaceAll("APP_VERSION", "VERSION"))).toEqual(meaning(build));
  });
  it("renames a stage named by a mount on the second line, and the graph stays the same", () => {
    const after = renamed(build, "from=build", "compile", 0, 5);
    expect(after.split("\n")[10]).toBe("    --mount=type=bind,from=compile,source=/out,target=/in \\");
    expect(meaning(after, (s) => s.replaceAll("compile", "build"))).toEqual(meaning(build));
  });
  it("renames on the escape character the file chose, with tab-indented lines", () => {
    const text = "# escape=`\nFROM alpine\nARG N=1\nRUN echo $N `\n\t&& echo ${N} `\n\t\t&& echo $N\n";
    expect(renamed(text, "N=", "COUNT")).toBe(
      "# escape=`\nFROM alpine\nARG COUNT=1\nRUN echo $COUNT `\n\t&& echo ${COUNT} `\n\t\t&& echo $COUNT\n",
    );
  });
});

describe("renaming an ARG used in a <<- heredoc", () => {
  it("is refused, since the tabs the heredoc dropped shift every column", () => {
    const text = "FROM alpine\nARG NAME\nRUN <<-EOF\n\techo $NAME\n\tEOF\n";
    expect(renamed(text, "NAME")).toBe(
      "rejected: The ARG NAME cannot be renamed safely: line 4 names it in a <<- heredoc body, whose removed tabs keep the editor from pointing at the exact characters. Rename it by hand.",
    );
  });
});
