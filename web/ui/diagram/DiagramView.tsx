import {
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type EdgeTypes,
  type NodeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useLayoutEffect, useMemo, useState, type KeyboardEvent } from "react";
import { formatSeconds, type AnalysisView } from "../../engine";
import { selectBuildClock, selectCursorLine, selectTheme, selectView } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { useResolvedTheme } from "../useResolvedTheme";
import { DependencyEdge } from "./DependencyEdge";
import { DiagramExport } from "./DiagramExport";
import { DiagramText } from "./DiagramText";
import type { Direction } from "./layoutGraph";
import { useStableLayout } from "./useStableLayout";
import { SourceNode } from "./SourceNode";
import { StageNode } from "./StageNode";
import { createFlowKeeper, runningAt, toFlow } from "./toFlow";
import "./diagram.css";

// Defined once: React Flow re-mounts every node when these objects change identity.
const NODE_TYPES: NodeTypes = { stage: StageNode, source: SourceNode };
const EDGE_TYPES: EdgeTypes = { dependency: DependencyEdge };
const FIT_VIEW = { padding: 0.12, maxZoom: 1.2 };
const DIAGRAM_MARK = "stageplay:diagram";

/** A view the diagram can draw: one that parsed. A file with a parse error keeps the last good one. */
function isDrawable(view: AnalysisView): boolean {
  return view.parseError === null && view.stages.length > 0;
}

/** The stage diagram of the Diagram tab, linked to the editor both ways. */
export function DiagramView() {
  return (
    <ReactFlowProvider>
      <Diagram />
    </ReactFlowProvider>
  );
}

function Diagram() {
  const view = useAppStore(selectView);
  const cursorLine = useAppStore(selectCursorLine);
  const clock = useAppStore(selectBuildClock);
  const revealLine = useAppStore((s) => s.revealLine);
  const theme = useResolvedTheme(useAppStore(selectTheme));
  // The last view that parsed, kept while the file has a parse error (React's "state from the previous render").
  const [lastGood, setLastGood] = useState<AnalysisView | null>(null);
  const [enlarged, setEnlarged] = useState(false);
  const drawable = view !== null && isDrawable(view);
  if (drawable && view !== lastGood) setLastGood(view);
  const drawn = drawable ? view : lastGood;
  const outOfDate = view !== null && drawn !== null && view !== drawn;

  const [direction, canvasRef] = useDirection();
  // Sizes and names never move nodes; a label's new width waits until typing pauses.
  const laid = useStableLayout(drawn, direction);
  const layout = laid?.layout ?? null;
  const key = laid?.key ?? "";
  // The player's clock ticks many times a second; the drawing changes only when the running steps do.
  const runningNow = drawn ? runningAt(drawn, clock) : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const running = useMemo(() => runningNow, [drawn, runningNow?.key]);
  const [keep] = useState(createFlowKeeper);
  const flow = useMemo(
    () =>
      keep(
        drawn && layout && running
          ? toFlow(drawn, layout, { cursorLine, running })
          : { nodes: [], edges: [] },
      ),
    [keep, drawn, layout, cursorLine, running],
  );

  const { fitView } = useReactFlow();
  useEffect(() => {
    // A new or removed stage changes the graph's extent: fit it once the nodes are measured.
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW));
    return () => cancelAnimationFrame(frame);
  }, [key, enlarged, fitView]);
  useLayoutEffect(() => {
    // The moment a view's diagram is committed, for `npm run bench:ui` (only the last is kept).
    performance.clearMarks(DIAGRAM_MARK);
    performance.mark(DIAGRAM_MARK);
  }, [drawn]);

  const lineOf = (id: string): number | null => {
    const node = flow.nodes.find((n) => n.id === id);
    if (node) return node.data.line;
    return flow.edges.find((e) => e.id === id)?.data?.line ?? null;
  };
  const activate = (id: string | null | undefined) => {
    const line = id ? lineOf(id) : null;
    if (line !== null) revealLine(line, { focus: false });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && enlarged) {
      e.preventDefault();
      setEnlarged(false);
      return;
    }
    if (e.key !== "Enter" && e.key !== " ") return;
    const element = (e.target as Element).closest(".react-flow__node, .react-flow__edge");
    if (!element) return;
    e.preventDefault();
    activate(element.getAttribute("data-id"));
  };

  if (!drawn) {
    return (
      <section className="diagram" aria-label="Stage diagram">
        <p className="diagram-empty">
          {view === null
            ? "Analysing the Dockerfile…"
            : view.stages.length === 0
              ? "Nothing to draw yet: the Dockerfile has no stage. Start one with a FROM line."
              : "Nothing to draw yet: the Dockerfile does not parse. The Checks tab says where."}
        </p>
      </section>
    );
  }

  // What stops the file parsing, not an earlier error of the build the last good diagram still shows.
  const parseError = view?.parseError ?? null;
  const builder = drawn.options.builder;
  return (
    <section
      className="diagram"
      aria-label="Stage diagram"
      data-enlarged={enlarged || undefined}
      onKeyDown={onKeyDown}
    >
      <div className="diagram-bar">
        <p className="diagram-summary">
          {drawn.stages.length} {drawn.stages.length === 1 ? "stage" : "stages"}, {builtCount(drawn)} built ·
          build{" "}
          <span data-current={builder === "buildkit" || undefined}>
            {formatSeconds(drawn.times.buildkitMs)} with BuildKit
          </span>
          ,{" "}
          <span data-current={builder === "legacy" || undefined}>
            {formatSeconds(drawn.times.legacyMs)} legacy
          </span>
          {drawn.options.platform !== "linux/amd64" && (
            <> · for {drawn.options.platform}, with sizes measured on linux/amd64</>
          )}
        </p>
        <div className="diagram-actions">
          <button type="button" aria-pressed={enlarged} onClick={() => setEnlarged(!enlarged)}>
            {enlarged ? "Shrink" : "Enlarge"}
          </button>
          <DiagramExport theme={theme} outOfDate={outOfDate} />
        </div>
      </div>
      {outOfDate && (
        <p className="diagram-stale" role="status">
          Out of date: the diagram shows the last version that parsed
          {parseError ? ` (line ${parseError.line}: ${parseError.message})` : ""}.
        </p>
      )}
      <div ref={canvasRef} className="diagram-canvas" data-stale={outOfDate || undefined}>
        <ReactFlow
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          colorMode={theme}
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={0.1}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          onNodeClick={(_, node) => activate(node.id)}
          onEdgeClick={(_, edge) => activate(edge.id)}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={{
            "node.a11yDescription.default": "Press Enter to show its line in the editor.",
            "edge.a11yDescription.default": "Press Enter to show its line in the editor.",
          }}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <DiagramText view={drawn} />
    </section>
  );
}

function builtCount(view: AnalysisView): number {
  return view.stages.filter((s) => s.built).length;
}

/** Below this width a left-to-right drawing of a few stages shrinks past reading: stack it instead. */
const NARROW = 560;

/** The layout direction the canvas has room for, following its width as the panel is resized. */
function useDirection(): [Direction, (element: HTMLDivElement | null) => void] {
  const [direction, setDirection] = useState<Direction>("LR");
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!element) return;
    const measure = () => setDirection(element.clientWidth < NARROW ? "TB" : "LR");
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [direction, setElement];
}
