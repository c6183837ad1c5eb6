import type { Analysis } from "../analyze";
import { graphNodes, edgeLabel } from "./graphNodes";

const escape = (text: string) => text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
const ARROWS = { from: "-->", copy: "-.->", mount: "==>" } as const;

/** The stage graph as a Mermaid flowchart: FROM solid, COPY dotted, mounts thick; skipped stages dashed. */
export function renderMermaid(analysis: Analysis): string {
  const { stages, images, idOf } = graphNodes(analysis);
  const lines = ["flowchart LR"];
  for (const s of stages) {
    const label = `${escape(s.displayName)}<br/><small>${escape(s.base || s.baseText || "?")}</small>`;
    lines.push(`  ${idOf(s.index)}["${label}"]`);
  }
  for (const [reference, id] of images) lines.push(`  ${id}[("${escape(reference)}")]`);
  for (const e of analysis.edges) {
    const label = escape(edgeLabel(e));
    lines.push(`  ${idOf(e.from)} ${ARROWS[e.kind]}${label ? `|"${label}"|` : ""} ${idOf(e.to)}`);
  }
  lines.push("  classDef stage fill:#eef4ff,stroke:#3b6fd8,color:#111");
  lines.push("  classDef target fill:#dff5e3,stroke:#1f8a3b,stroke-width:3px,color:#111");
  lines.push("  classDef skipped fill:#f4f4f4,stroke:#999,stroke-dasharray:5 5,color:#777");
  lines.push("  classDef image fill:#fff8e6,stroke:#c98a00,color:#111");
  const of = (kind: (s: (typeof stages)[number]) => boolean) => stages.filter(kind).map((s) => idOf(s.index));
  const groups: [string, string[]][] = [
    ["stage", of((s) => s.built && s.index !== analysis.target)],
    ["target", of((s) => s.index === analysis.target)],
    ["skipped", of((s) => !s.built)],
    ["image", [...images.values()]],
  ];
  for (const [name, ids] of groups) if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${name}`);
  return lines.join("\n") + "\n";
}
