import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";

const edges = (source: string) => analyze(source).edges.map((e) => `${e.kind} ${e.from}->${e.to} @${e.line}`);
const errors = (source: string, options = {}) =>
  analyze(source, options)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`);

const three = "FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS c\n";

describe("COPY --from", () => {
  it("resolves a numeric index to the stage at that position", () => {
    expect(edges(three + "COPY --from=1 /x /y\n")).toEqual(["copy 1->2 @4"]);
  });
  it("reads the index with Go's Atoi, so +1 and 01 count", () => {
    expect(edges(three + "COPY --from=+1 /x /y\nCOPY --from=01 /x /y\n")).toEqual([
      "copy 1->2 @4",
      "copy 1->2 @5",
    ]);
  });
  it("rejects an index out of range, negative included", () => {
    expect(errors(three + "COPY --from=3 /x /y\nCOPY --from=-1 /x /y\n")).toEqual([
      "4:6 invalid stage index 3",
      "5:6 invalid stage index -1",
    ]);
  });
  it("matches a name case-insensitively, taking the LAST stage of that name", () => {
    expect(edges("FROM alpine AS dup\nFROM alpine AS dup\nFROM alpine\nCOPY --from=DUP /x /y\n")).toEqual([
      "copy 1->2 @4",
    ]);
  });
  it("treats anything else as an external image", () => {
    const [edge] = analyze("FROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n").edges;
    expect([edge?.from, edge?.paths, edge?.destination]).toEqual([
      "nginx:1.27",
      ["/etc/nginx"],
      "/etc/nginx",
    ]);
  });
  it("rejects variables", () => {
    expect(errors("FROM alpine\nARG S=a\nCOPY --from=$S /x /y\n")).toEqual([
      "3:6 variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround",
    ]);
  });
  it("carries the copied paths and destination, expanded with the stage's variables", () => {
    const [edge] = analyze(
      "FROM alpine AS b\nFROM alpine\nARG APP=api\nCOPY --from=b /out/$APP /srv/${APP}/ /app/\n",
    ).edges;
    expect([edge?.paths, edge?.destination]).toEqual([["/out/api", "/srv/api/"], "/app/"]);
  });
});

describe("RUN --mount from=", () => {
  it("looks up a stage by name only, so a number is an image", () => {
    const source =
      "FROM alpine AS deps\nFROM alpine\nRUN --mount=from=deps,target=/d x\nRUN --mount=from=0,target=/d x\n";
    expect(analyze(source).edges.map((e) => [e.kind, e.from, e.destination])).toEqual([
      ["mount", 0, "/d"],
      ["mount", "0", "/d"],
    ]);
  });
  it("counts for any mount type, cache included", () => {
    expect(edges("FROM alpine AS c\nFROM alpine\nRUN --mount=type=cache,from=c,target=/x x\n")).toEqual([
      "mount 0->1 @3",
    ]);
  });
  it("rejects variables", () => {
    expect(errors("FROM alpine\nRUN --mount=from=$X,target=/x x\n")).toEqual([
      "2:5 'from' doesn't support variable expansion, define alias stage instead",
    ]);
  });
});

describe("FROM <stage>", () => {
  it("is a from edge located at the base word", () => {
    const [edge] = analyze("FROM alpine AS base\nFROM base\n").edges;
    expect([edge?.kind, edge?.from, edge?.to, edge?.range.start]).toEqual([
      "from",
      0,
      1,
      { line: 2, column: 6 },
    ]);
  });
});

describe("ONBUILD", () => {
  it("adds the trigger's COPY --from as an edge into the child stage, at the child's FROM", () => {
    const source =
      "FROM alpine AS assets\nFROM alpine AS base\nONBUILD COPY --from=assets /a /a\nFROM base\n";
    expect(analyze(source).edges.map((e) => `${e.kind} ${e.from}->${e.to} @${e.line} ${e.onbuild}`)).toEqual([
      "from 1->2 @4 false",
      "copy 0->2 @4 true",
    ]);
  });
});
