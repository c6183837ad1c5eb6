import { describe, expect, it, vi } from "vitest";
import { analyze, toView } from "../../engine";
import { layoutGraph } from "./layoutGraph";
import { layoutNow } from "./useStableLayout";

const SOURCE = `FROM golang:1.26-alpine AS build
RUN go build -o /out/server .
FROM alpine:3.20 AS final
COPY --from=build /o /server
`;
const viewOf = (text: string) => toView(analyze(text));

describe("the diagram's layout while typing", () => {
  it("lays a graph out once and keeps it while nothing that takes room changes", () => {
    const lay = vi.fn(layoutGraph);
    const first = layoutNow(null, viewOf(SOURCE), "LR", lay);
    const again = layoutNow(first.laid, viewOf(SOURCE.replace("go build", "go build -v")), "LR", lay);
    expect(again).toEqual({ laid: first.laid, settled: true });
    expect(lay).toHaveBeenCalledTimes(1);
  });

  it("keeps every node where it was when only a copied path's label grows, and asks to lay out later", () => {
    const lay = vi.fn(layoutGraph);
    const first = layoutNow(null, viewOf(SOURCE), "LR", lay);
    const longer = SOURCE.replace("/o /server", "/out/server-with-a-longer-name /server");
    const now = layoutNow(first.laid, viewOf(longer), "LR", lay);
    expect(now.laid).toBe(first.laid);
    expect(now.settled).toBe(false);
    expect(lay).toHaveBeenCalledTimes(1);
  });

  it("lays out at once when a stage or an edge comes, or the direction changes", () => {
    const lay = vi.fn(layoutGraph);
    const first = layoutNow(null, viewOf(SOURCE), "LR", lay);
    const added = layoutNow(first.laid, viewOf(`${SOURCE}FROM final AS debug\n`), "LR", lay);
    expect(added.laid).not.toBe(first.laid);
    expect(added.laid.layout.positions.has("s2")).toBe(true);
    const turned = layoutNow(added.laid, viewOf(`${SOURCE}FROM final AS debug\n`), "TB", lay);
    expect(turned.laid.layout.direction).toBe("TB");
    expect(lay).toHaveBeenCalledTimes(3);
  });
});
