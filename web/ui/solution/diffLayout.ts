/** Below this width (CSS px) two columns of Dockerfile are too narrow to read: the diff goes inline. */
export const SIDE_BY_SIDE_MIN_WIDTH = 700;

export type DiffLayout = "inline" | "side-by-side";

/** How a diff fits a box `width` pixels wide: one column with both texts interleaved, or two. */
export function diffLayout(width: number): DiffLayout {
  return width >= SIDE_BY_SIDE_MIN_WIDTH ? "side-by-side" : "inline";
}

/** What the learner reads above the diff, so they know which text is theirs. */
export function diffLegend(layout: DiffLayout, same: boolean): string {
  if (same) return "Your Dockerfile is the same as the solution.";
  return layout === "side-by-side"
    ? "Your Dockerfile is on the left, the solution on the right; changed lines are highlighted."
    : "Lines marked − are only in your Dockerfile, lines marked + only in the solution.";
}
