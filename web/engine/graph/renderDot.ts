import type { Analysis } from "../analyze";
import { edgeLabel, graphNodes } from "./graphNodes";

const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
const EDGE_STYLES = {
  from: 'style=solid, color="#3b6fd8", penwidth=2',
  copy: 'style=dashed, color="#1f8a3b"',
  mount: 'style=dotted, color="#c98a00", penwidth=2',
} as const;

/** The stage graph in Graphviz DOT: stages as rounded boxes (target bold, skipped dashed grey), images as cylinders. */
export function renderDot(analysis: Analysis): string {
  const { stages, images, idOf } = graphNodes(analysis);
  const lines = [
    "digraph stages {",
    "  rankdir=LR;",
    '  node [shape=box, style="rounded,filled", fillcolor="#eef4ff", color="#3b6fd8", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const s of stages) {
    const label = `${s.displayName}\n${s.base || s.baseText || "?"}${s.built ? "" : "\n(skipped)"}`;
    let attrs = `label=${quote(label)}`;
    if (s.index === analysis.target) attrs += ', fillcolor="#dff5e3", color="#1f8a3b", penwidth=3';
    else if (!s.built)
      attrs += ', style="rounded,dashed", fillcolor="#f4f4f4", color="#999999", fontcolor="#777777"';
    lines.push(`  ${idOf(s.index)} [${attrs}];`);
  }
  for (const [reference, id] of images) {
    lines.push(`  ${id} [label=${quote(reference)}, shape=cylinder, fillcolor="#fff8e6", color="#c98a00"];`);
  }
  for (const e of analysis.edges) {
    lines.push(`  ${idOf(e.from)} -> ${idOf(e.to)} [label=${quote(edgeLabel(e))}, ${EDGE_STYLES[e.kind]}];`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
