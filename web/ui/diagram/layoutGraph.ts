// Where each node of the stage diagram sits: a left-to-right layered layout (dagre) of stages,
// images and the build context. The layout depends only on the graph's shape, never on sizes or
// names, so typing that does not add or remove a stage or an edge leaves every node where it was.
import dagre from "@dagrejs/dagre";
import type { AnalysisView, EdgeView } from "../../engine";

export const STAGE_SIZE = { width: 176, height: 84 };
export const SOURCE_SIZE = { width: 132, height: 40 };

export interface Point {
  x: number;
  y: number;
}

/** Left to right where there is room; top to bottom in a narrow panel (a phone, the default side panel). */
export type Direction = "LR" | "TB";

export interface Layout {
  direction: Direction;
  /** Top-left corner of each node, by node id. */
  positions: Map<string, Point>;
  /** Each edge's route between its nodes and the centre of its label, by edge id. */
  routes: Map<string, { points: Point[]; label: Point | null }>;
  width: number;
  height: number;
}

export const stageNodeId = (index: number) => `s${index}`;

/** Node ids and edges, in a canonical order: two views with the same key get the same layout. */
export function layoutKey(view: Pick<AnalysisView, "stages" | "sources" | "edges">): string {
  const nodes = [...view.stages.map((s) => stageNodeId(s.index)), ...view.sources.map((s) => s.id)];
  const edges = view.edges.map((e) => `${e.id}:${labelWidth(layoutLabel(e))}`);
  return `${nodes.join(",")}|${edges.join(",")}`;
}

/** The graph's shape alone: its nodes and edges, without the room labels take. */
export function layoutShape(view: Pick<AnalysisView, "stages" | "sources" | "edges">): string {
  const nodes = [...view.stages.map((s) => stageNodeId(s.index)), ...view.sources.map((s) => s.id)];
  return `${nodes.join(",")}|${view.edges.map((e) => e.id).join(",")}`;
}

const LABEL_CHAR = 6.7;
export const LABEL_MAX = 150;
/** The width a label gets in the layout, in steps of 24 px so a few more characters do not move anything. */
function labelWidth(label: string | null): number {
  if (!label) return 0;
  return Math.min(LABEL_MAX, Math.ceil((label.length * LABEL_CHAR + 14) / 24) * 24);
}

export function endpoint(from: number | string): string {
  return typeof from === "number" ? stageNodeId(from) : from;
}

/** The text an edge's label reserves room for: its paths, and a size figure for copies (the figure itself does not count). */
export function layoutLabel(edge: EdgeView): string | null {
  if (edge.kind === "from") return null;
  const prefix = edge.kind === "mount" ? "mount " : edge.onbuild ? "ONBUILD " : "";
  const size = edge.kind === "copy" || edge.kind === "context" ? " (000.0MB)" : "";
  return `${prefix}${edge.paths.join(" ") || "/"}${size}`;
}

type LaidView = Pick<AnalysisView, "stages" | "sources" | "edges">;

export function layoutGraph(view: LaidView, direction: Direction = "LR"): Layout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: direction,
    nodesep: 22,
    ranksep: direction === "LR" ? 64 : 36,
    marginx: 12,
    marginy: 12,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const source of view.sources) graph.setNode(source.id, { ...SOURCE_SIZE });
  for (const stage of view.stages) graph.setNode(stageNodeId(stage.index), { ...STAGE_SIZE });
  for (const edge of view.edges) {
    const from = endpoint(edge.from);
    if (!graph.hasNode(from)) continue;
    const width = labelWidth(layoutLabel(edge));
    graph.setEdge(
      from,
      stageNodeId(edge.to),
      { weight: edge.kind === "from" ? 2 : 1, width, height: width ? 20 : 0, labelpos: "c" },
      edge.id,
    );
  }
  dagre.layout(graph);
  const routes = new Map<string, { points: Point[]; label: Point | null }>();
  for (const e of graph.edges()) {
    const laid = graph.edge(e) as { points?: Point[]; x?: number; y?: number; width?: number } | undefined;
    if (!laid || !e.name) continue;
    routes.set(e.name, {
      points: (laid.points ?? []).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })),
      label:
        laid.width && laid.x !== undefined && laid.y !== undefined
          ? { x: Math.round(laid.x), y: Math.round(laid.y) }
          : null,
    });
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of graph.nodes()) {
    const node = graph.node(id);
    if (!node) continue;
    positions.set(id, { x: Math.round(node.x - node.width / 2), y: Math.round(node.y - node.height / 2) });
  }
  const { width = 0, height = 0 } = graph.graph();
  return { direction, positions, routes, width, height };
}
