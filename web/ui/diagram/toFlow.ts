// The stage diagram as React Flow nodes and edges: data only (no callbacks), so a node re-renders
// only when what it shows changes.
import type { Edge, Node } from "@xyflow/react";
import { formatSize, type AnalysisView, type EdgeView, type StageView } from "../../engine";
import { endpoint, stageNodeId, type Direction, type Layout, type Point } from "./layoutGraph";

export type StageState = "target" | "built" | "not needed";

export interface StageNodeData extends Record<string, unknown> {
  name: string;
  base: string;
  size: string | null;
  estimated: boolean;
  state: StageState;
  /** Why a faded stage is not built. */
  reason: string | null;
  /** The builders differ on this stage: shown as a badge. */
  builderNote: string | null;
  line: number;
  /** The editor's cursor is in this stage. */
  current: boolean;
  /** The build player is running one of its steps. */
  running: boolean;
  direction: Direction;
}

export interface SourceNodeData extends Record<string, unknown> {
  kind: "image" | "context";
  label: string;
  line: number | null;
  direction: Direction;
}

export interface FlowEdgeData extends Record<string, unknown> {
  kind: EdgeView["kind"];
  label: string;
  line: number;
  skipped: boolean;
  /** Files are on their way: the player is running this COPY. */
  travelling: boolean;
  /** The route the layout gave the edge, and where its label goes. */
  route: { points: Point[]; label: Point | null } | null;
}

export type StageFlowNode = Node<StageNodeData, "stage">;
export type SourceFlowNode = Node<SourceNodeData, "source">;
export type FlowNode = StageFlowNode | SourceFlowNode;
export type FlowEdge = Edge<FlowEdgeData, "dependency">;

export interface Highlights {
  cursorLine: number | null;
  /** What the build player is running now (`runningAt`). */
  running: Running;
}

export interface Running {
  stages: ReadonlySet<number>;
  /** `stage:line` of the steps running. */
  lines: ReadonlySet<string>;
  /** Equal for two moments that run the same steps. */
  key: string;
}

export function stageState(view: AnalysisView, stage: StageView): StageState {
  if (stage.index === view.target) return "target";
  return stage.built ? "built" : "not needed";
}

function builderNote(view: AnalysisView, stage: StageView): string | null {
  if (stage.builtByLegacy === stage.builtByBuildkit) return null;
  if (view.options.builder === "legacy" && stage.builtByLegacy) return "built only by the legacy builder";
  if (view.options.builder === "buildkit" && stage.builtByLegacy) return "the legacy builder would build it";
  return null;
}

/** Stages with a step running at `clock`, and the lines of COPY steps running then. */
export function runningAt(view: AnalysisView, clock: number | null): Running {
  const stages = new Set<number>();
  const lines = new Set<string>();
  if (clock !== null) {
    for (const step of view.steps) {
      if (step.status === "run" && step.startMs <= clock && clock < step.endMs) {
        stages.add(step.stage);
        lines.add(`${step.stage}:${step.line}`);
      }
    }
  }
  return { stages, lines, key: [...lines].join(",") };
}

/**
 * Keeps the node and edge objects of the previous drawing that did not change, so React Flow
 * re-renders only what did (a keystroke usually changes one stage; the player's clock, one or two).
 */
export function createFlowKeeper() {
  let previous: { nodes: Map<string, FlowNode>; edges: Map<string, FlowEdge> } = {
    nodes: new Map(),
    edges: new Map(),
  };
  return (flow: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
    const nodes = flow.nodes.map((n) => {
      const old = previous.nodes.get(n.id);
      return old && sameNode(old, n) ? old : n;
    });
    const edges = flow.edges.map((e) => {
      const old = previous.edges.get(e.id);
      return old && sameEdge(old, e) ? old : e;
    });
    previous = { nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])) };
    return { nodes, edges };
  };
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.ariaLabel === b.ariaLabel &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.domAttributes?.["aria-current"] === b.domAttributes?.["aria-current"] &&
    shallowEqual(a.data, b.data)
  );
}

function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.ariaLabel === b.ariaLabel &&
    shallowEqual(a.data ?? {}, b.data ?? {})
  );
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

export function edgeLabel(edge: EdgeView): string {
  if (edge.kind === "from") return "FROM";
  const bytes = edge.bytes !== null && edge.bytes > 0 ? ` (${formatSize(edge.bytes)})` : "";
  const prefix = edge.kind === "mount" ? "mount " : edge.onbuild ? "ONBUILD " : "";
  return `${prefix}${edge.paths.join(" ") || "/"}${bytes}`;
}

export function stageLabel(view: AnalysisView, stage: StageView): string {
  const state = stageState(view, stage);
  const parts = [
    `Stage ${stage.displayName}`,
    state === "not needed" ? (stage.skippedBecause ?? state) : state,
  ];
  parts.push(`from ${stage.base || "an unknown base"}`);
  if (stage.sizeBytes !== null)
    parts.push(`${formatSize(stage.sizeBytes)}${stage.estimatedBytes > 0 ? " (estimated)" : ""}`);
  const note = builderNote(view, stage);
  if (note) parts.push(note);
  parts.push(`line ${stage.line}`);
  return parts.join(", ");
}

function nameOf(view: AnalysisView, from: number | string): string {
  if (typeof from === "number") return view.stages[from]?.displayName ?? `stage-${from}`;
  return view.sources.find((s) => s.id === from)?.label ?? from;
}

export function edgeAccessibleName(view: AnalysisView, edge: EdgeView): string {
  const to = nameOf(view, edge.to);
  const from = nameOf(view, edge.from);
  const what = edge.paths.join(" ");
  const bytes = edge.bytes !== null && edge.bytes > 0 ? `, ${formatSize(edge.bytes)}` : "";
  const where = `${edge.destination ? ` to ${edge.destination}` : ""}`;
  const skipped = edge.skipped ? ", not built" : "";
  switch (edge.kind) {
    case "from":
      return `${to} is built FROM ${from}, line ${edge.line}${skipped}`;
    case "copy":
      return `COPY --from ${from} into ${to}: ${what}${where}${bytes}, line ${edge.line}${skipped}`;
    case "mount":
      return `RUN --mount from ${from} in ${to}: ${what || "/"}${where}, line ${edge.line}${skipped}`;
    case "context":
      return `COPY from the build context into ${to}: ${what}${where}${bytes}, line ${edge.line}${skipped}`;
  }
}

export function toFlow(
  view: AnalysisView,
  layout: Layout,
  highlights: Highlights,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { running } = highlights;
  const cursor = highlights.cursorLine;
  const nodes: FlowNode[] = [];
  for (const stage of view.stages) {
    const id = stageNodeId(stage.index);
    const state = stageState(view, stage);
    const isCurrent = cursor !== null && stage.line <= cursor && cursor <= stage.endLine;
    nodes.push({
      id,
      type: "stage",
      position: layout.positions.get(id) ?? { x: 0, y: 0 },
      ariaLabel:
        stageLabel(view, stage) +
        (running.stages.has(stage.index) ? ", running now in the build player" : ""),
      ariaRole: "button",
      // The stage holding the editor's cursor: what the learner is editing now.
      ...(isCurrent ? { domAttributes: { "aria-current": "location" as const } } : {}),
      data: {
        name: stage.displayName,
        base: stage.base,
        size: stage.sizeBytes === null ? null : formatSize(stage.sizeBytes),
        estimated: stage.estimatedBytes > 0,
        state,
        reason: stage.skippedBecause,
        builderNote: builderNote(view, stage),
        line: stage.line,
        current: isCurrent,
        running: running.stages.has(stage.index),
        direction: layout.direction,
      },
    });
  }
  for (const source of view.sources) {
    const first = view.edges.find((e) => e.from === source.id);
    nodes.push({
      id: source.id,
      type: "source",
      position: layout.positions.get(source.id) ?? { x: 0, y: 0 },
      ariaLabel:
        source.kind === "context"
          ? "The build context: the files docker build sends"
          : `External image ${source.label}, read by COPY --from or a mount`,
      ariaRole: "button",
      data: {
        kind: source.kind,
        label: source.label,
        line: first?.line ?? null,
        direction: layout.direction,
      },
    });
  }
  const edges: FlowEdge[] = view.edges.map((edge) => {
    const travelling =
      (edge.kind === "copy" || edge.kind === "context") && running.lines.has(`${edge.to}:${edge.line}`);
    return {
      id: edge.id,
      source: endpoint(edge.from),
      target: stageNodeId(edge.to),
      type: "dependency",
      ariaLabel: edgeAccessibleName(view, edge) + (travelling ? ", copying now" : ""),
      data: {
        kind: edge.kind,
        label: edgeLabel(edge),
        line: edge.line,
        skipped: edge.skipped,
        travelling,
        route: layout.routes.get(edge.id) ?? null,
      },
    };
  });
  return { nodes, edges };
}
