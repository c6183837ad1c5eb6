import type { Analysis } from "../analyze";
import type { Edge } from "./types";

/** Node ids shared by the Mermaid and DOT renderers: `s<N>` for stages, `img<N>` for external images. */
export function graphNodes(analysis: Analysis) {
  const images = new Map<string, string>();
  for (const e of analysis.edges) {
    if (typeof e.from === "string" && !images.has(e.from)) images.set(e.from, `img${images.size}`);
  }
  const idOf = (from: number | string) =>
    typeof from === "number" ? `s${from}` : (images.get(from) as string);
  return { stages: analysis.stages, images, idOf };
}

/** A short edge label: FROM, or what is copied/mounted and where. */
export function edgeLabel(edge: Edge): string {
  if (edge.kind === "from") return "FROM";
  const what = edge.paths.filter(Boolean).join(" ");
  const kind = edge.kind === "copy" ? "COPY" : "mount";
  const prefix = edge.onbuild ? `ONBUILD ${kind}` : kind;
  return `${prefix} ${what}${edge.destination ? ` → ${edge.destination}` : ""}`.trim();
}
