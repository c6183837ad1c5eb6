// The diagram's layout while the learner types. A new stage or edge is laid out at once; a label
// that only grew or shrank keeps every node where it is until typing pauses, then the graph is laid
// out again: laying out a 20-stage graph takes longer than a frame, and a keystroke that only
// changes a copied path should neither wait for it nor move anything.
import { useEffect, useState } from "react";
import type { AnalysisView } from "../../engine";
import { layoutGraph, layoutKey, layoutShape, type Direction, type Layout } from "./layoutGraph";

/** How long typing pauses before a label's new width is laid out. */
export const SETTLE_MS = 400;

export interface LaidOut {
  /** `layoutKey` (shape and label widths) and `layoutShape` of what was laid out, with the direction. */
  key: string;
  shape: string;
  layout: Layout;
}

type LaidView = Pick<AnalysisView, "stages" | "sources" | "edges">;

/**
 * The layout to draw `view` with now: `previous` when only label widths differ (`settled` false:
 * lay out again later), a new one when there was none or the shape or direction changed.
 */
export function layoutNow(
  previous: LaidOut | null,
  view: LaidView,
  direction: Direction,
  lay: typeof layoutGraph = layoutGraph,
): { laid: LaidOut; settled: boolean } {
  const key = `${direction}|${layoutKey(view)}`;
  const shape = `${direction}|${layoutShape(view)}`;
  if (previous && previous.shape === shape) return { laid: previous, settled: previous.key === key };
  return { laid: { key, shape, layout: lay(view, direction) }, settled: true };
}

/** The layout for `view` (null for none), stable while typing changes only the room labels take. */
export function useStableLayout(view: LaidView | null, direction: Direction): LaidOut | null {
  const [laid, setLaid] = useState<LaidOut | null>(null);
  const now = view ? layoutNow(laid, view, direction) : null;
  // React's "state from the previous render": a new shape is laid out during this render.
  if (now && now.laid !== laid) setLaid(now.laid);
  const settled = now?.settled ?? true;
  useEffect(() => {
    if (settled || !view) return;
    const timer = setTimeout(() => setLaid(layoutNow(null, view, direction).laid), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settled, view, direction]);
  return now?.laid ?? null;
}
