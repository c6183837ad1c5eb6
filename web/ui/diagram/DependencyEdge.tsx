import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { Point } from "./layoutGraph";
import type { FlowEdge } from "./toFlow";

/** A smooth curve through the points (Catmull-Rom as cubic Béziers). */
export function smoothPath(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return "";
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(p2.x)},${r(p2.y)}`;
  }
  return d;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** FROM solid, COPY --from dashed, RUN --mount dotted, context copies thin dashed; labelled with what flows. */
export const DependencyEdge = memo(function DependencyEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  // Labelled edges follow the layout's route, which keeps room for the label; FROM edges are plain curves.
  const routed =
    data && data.kind !== "from" && data.route && data.route.points.length > 2 ? data.route : null;
  const [bezier, midX, midY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const path = routed
    ? smoothPath([{ x: sourceX, y: sourceY }, ...routed.points.slice(1, -1), { x: targetX, y: targetY }])
    : bezier;
  const labelX = routed?.label?.x ?? midX;
  const labelY = routed?.label?.y ?? midY;
  const kind = data?.kind ?? "from";
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`dependency-edge edge-${kind}`} />
      {data?.travelling && (
        <circle r="5" className="edge-parcel">
          <animateMotion dur="1.2s" repeatCount="indefinite" path={path} />
        </circle>
      )}
      {data && kind !== "from" && (
        <EdgeLabelRenderer>
          <div
            className="edge-label nodrag nopan"
            data-kind={kind}
            data-skipped={data.skipped || undefined}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden="true"
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
