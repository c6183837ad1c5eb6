import { describe, expect, it } from "vitest";
import { analyze, toView } from "../../engine";
import { layoutGraph, layoutKey } from "./layoutGraph";
import { createFlowKeeper, runningAt, toFlow } from "./toFlow";

const SOURCE = `FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM build AS test
RUN go test ./...

FROM alpine:3.20 AS tools
RUN apk add --no-cache curl

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/server /server
RUN --mount=from=tools,source=/usr/bin,target=/t true
ENTRYPOINT ["/server"]
`;

const viewOf = (text: string, options = {}) => toView(analyze(text, options));

describe("the diagram's layout", () => {
  it("does not move a node when a line changes that leaves the graph's shape alone", () => {
    const before = viewOf(SOURCE);
    const after = viewOf(SOURCE.replace("go test ./...", "go test -race ./... && echo done"));
    expect(layoutKey(after)).toBe(layoutKey(before));
    const a = layoutGraph(before);
    const b = layoutGraph(after);
    expect([...b.positions]).toEqual([...a.positions]);
  });

  it("changes when a stage or an edge is added, and places every node", () => {
    const before = viewOf(SOURCE);
    const after = viewOf(`${SOURCE}\nFROM final AS debug\nCOPY --from=tools /usr/bin/curl /curl\n`);
    expect(layoutKey(after)).not.toBe(layoutKey(before));
    const layout = layoutGraph(after);
    for (const stage of after.stages) expect(layout.positions.has(`s${stage.index}`)).toBe(true);
    expect(layout.positions.has("context")).toBe(true);
  });

  it("stacks the stages top to bottom when asked, for a narrow panel", () => {
    const view = viewOf(SOURCE);
    const layout = layoutGraph(view, "TB");
    const y = (id: string) => layout.positions.get(id)?.y ?? NaN;
    expect(layout.direction).toBe("TB");
    expect(y("s0")).toBeLessThan(y("s1"));
    expect(y("s0")).toBeLessThan(y("s3"));
    const { nodes } = toFlow(view, layout, { cursorLine: null, running: runningAt(view, null) });
    expect(nodes.every((n) => n.data.direction === "TB")).toBe(true);
  });

  it("puts a stage to the right of the stages it depends on", () => {
    const view = viewOf(SOURCE);
    const layout = layoutGraph(view);
    const x = (id: string) => layout.positions.get(id)?.x ?? NaN;
    expect(x("s0")).toBeLessThan(x("s1"));
    expect(x("s0")).toBeLessThan(x("s3"));
    expect(x("s2")).toBeLessThan(x("s3"));
  });
});

describe("toFlow", () => {
  it("names each stage node with its name and state, and fades what the target does not need", () => {
    const view = viewOf(SOURCE);
    const { nodes } = toFlow(view, layoutGraph(view), { cursorLine: null, running: runningAt(view, null) });
    const label = (id: string) => nodes.find((n) => n.id === id)?.ariaLabel ?? "";
    expect(label("s3")).toMatch(/^Stage final, target, from gcr\.io\/distroless\/static-debian12/);
    expect(label("s1")).toMatch(/^Stage test, not needed for target final/);
    expect(label("s0")).toMatch(/^Stage build, built/);
    const test = nodes.find((n) => n.id === "s1");
    expect(test?.data).toMatchObject({
      state: "not needed",
      size: null,
      builderNote: "the legacy builder would build it",
    });
  });

  it("follows the editor's cursor and the build player's clock", () => {
    const view = viewOf(SOURCE);
    const copy = view.steps.find((s) => s.text.startsWith("COPY --from=build"))!;
    const { nodes, edges } = toFlow(view, layoutGraph(view), {
      cursorLine: 7,
      running: runningAt(view, copy.startMs),
    });
    expect(nodes.filter((n) => n.type === "stage" && n.data.current).map((n) => n.id)).toEqual(["s1"]);
    expect(nodes.find((n) => n.id === "s3")?.data).toMatchObject({ running: true });
    expect(nodes.find((n) => n.id === "s0")?.data).toMatchObject({ running: false });
    const travelling = edges.filter((e) => e.data?.travelling).map((e) => e.id);
    expect(travelling).toEqual(["copy:0>3"]);
    expect(nodes.find((n) => n.id === "s3")?.ariaLabel).toMatch(/, running now in the build player$/);
    expect(edges.find((e) => e.id === "copy:0>3")?.ariaLabel).toMatch(/, copying now$/);
  });

  it("labels edges with what flows and names them for screen readers", () => {
    const view = viewOf(SOURCE);
    const { edges } = toFlow(view, layoutGraph(view), { cursorLine: null, running: runningAt(view, null) });
    const copy = edges.find((e) => e.id === "copy:0>3");
    expect(copy?.data?.label).toMatch(/^\/out\/server \(\d/);
    expect(copy?.ariaLabel).toMatch(/^COPY --from build into final: \/out\/server to \/server, .*line 13$/);
    const mount = edges.find((e) => e.data?.kind === "mount");
    expect(mount?.ariaLabel).toBe("RUN --mount from tools in final: /usr/bin to /t, line 14");
    expect(edges.find((e) => e.id === "from:0>1")?.ariaLabel).toBe(
      "test is built FROM build, line 6, not built",
    );
  });

  it("keeps the objects of nodes and edges that did not change, and replaces the ones that did", () => {
    const view = viewOf(SOURCE);
    const layout = layoutGraph(view);
    const keep = createFlowKeeper();
    const first = keep(toFlow(view, layout, { cursorLine: null, running: runningAt(view, null) }));
    const second = keep(toFlow(view, layout, { cursorLine: 7, running: runningAt(view, null) }));
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(["s1"]);
    expect(second.edges.every((e, i) => e === first.edges[i])).toBe(true);
    const edited = viewOf(SOURCE.replace("/out/server /server", "/out/server /srv"));
    const third = keep(toFlow(edited, layout, { cursorLine: 7, running: runningAt(edited, null) }));
    expect(third.edges.filter((e, i) => e !== second.edges[i]).map((e) => e.id)).toEqual(["copy:0>3"]);
  });
});
