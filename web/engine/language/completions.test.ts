import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "../analyze";
import { takesFlag } from "../parse/flags";
import { flagNames } from "./completion/flagItems";
import { completionsAt } from "./completions";
import type { CompletionItem } from "./types";

/** Completions where `|` marks the cursor in `text`. */
function complete(text: string, options: AnalyzeOptions = {}): CompletionItem[] {
  const at = text.indexOf("|");
  const source = text.slice(0, at) + text.slice(at + 1);
  const lines = source.slice(0, at).split("\n");
  const position = { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
  return completionsAt(analyze(source, options), source, position);
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const find = (items: CompletionItem[], label: string) => items.find((item) => item.label === label);

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

  it("offers nothing on a line that continues the one above, or in a comment", () => {
    expect(complete("FROM alpine:3.21\nRUN apk add \\\n    cu|")).toEqual([]);
    expect(complete("FROM alpine:3.21\n# CO|")).toEqual([]);
  });

  it("offers no instruction inside a heredoc's body, but does on the line after it", () => {
    expect(complete("FROM alpine:3.21\nRUN <<EOF\n  ech|\nEOF\n")).toEqual([]);
    expect(labels(complete("FROM alpine:3.21\nRUN <<EOF\necho\nEOF\nCO|"))).toContain("COPY");
  });

  it("offers the instructions a trigger may be after ONBUILD", () => {
    const items = labels(complete("FROM alpine:3.21\nONBUILD |"));
    expect(items).toContain("RUN");
    expect(items).not.toContain("FROM");
  });
});

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

describe("paths after COPY --from=<stage>", () => {
  const build = [
    "FROM python:3.12-slim AS build",
    "WORKDIR /app",
    "RUN pip install --prefix=/install flask",
    "RUN python -m venv /opt/venv",
    "FROM python:3.12-slim",
  ].join("\n");

  it("ranks what the stage made first, above the base image's folders", () => {
    const items = labels(complete(`${build}\nCOPY --from=build |`));
    expect(items.slice(0, 3)).toEqual([
      "/install/lib/python3.12/site-packages/",
      "/opt/venv/lib/python3.12/site-packages/",
      "/opt/venv/",
    ]);
    expect(items.indexOf("/app/")).toBeLessThan(items.indexOf("/usr/"));
    expect(items.length).toBeLessThanOrEqual(100);
  });

  it("completes like a shell: the entries under the typed directory that start with the typed name", () => {
    expect(labels(complete(`${build}\nCOPY --from=build /usr/local/bin/py|`))).toEqual([
      "/usr/local/bin/python",
      "/usr/local/bin/python3",
      "/usr/local/bin/python3.12",
    ]);
    expect(labels(complete(`${build}\nCOPY --from=build install/|`))).toEqual([
      "install/bin/",
      "install/lib/",
    ]);
  });

  it("offers nothing for a stage not defined above", () => {
    expect(complete(`${build}\nCOPY --from=later /|\nFROM alpine AS later`)).toEqual([]);
  });
});

it("answers on a 20-stage, 300-line file from its own facts", () => {
  const stages = Array.from({ length: 20 }, (_, index) =>
    [
      `FROM ${index === 0 ? "python:3.12-slim" : `s${index - 1}`} AS s${index}`,
      `ARG A${index}=${index}`,
      ...Array.from({ length: 13 }, (_, step) => `RUN mkdir -p /out/s${index}/d${step}`),
    ].join("\n"),
  );
  const source = `${stages.join("\n")}\nCOPY --from=s1 /out/ /out\nRUN echo $`;
  const analysis = analyze(source);
  const line = source.split("\n").length;
  expect(line).toBeGreaterThanOrEqual(300);
  const names = labels(
    completionsAt(analysis, source, { line: line - 1, column: "COPY --from=".length + 1 }),
  );
  expect(names.slice(0, 19)).toEqual(Array.from({ length: 19 }, (_, index) => `s${index}`));
  const paths = labels(
    completionsAt(analysis, source, { line: line - 1, column: "COPY --from=s1 /out/".length + 1 }),
  );
  expect(paths).toEqual(["/out/s0/", "/out/s1/"]);
  const variables = completionsAt(analysis, source, { line, column: "RUN echo $".length + 1 });
  expect(labels(variables)).toEqual(expect.arrayContaining(["A0", "A19"]));
});
