// The bar chart as data: widths as fractions of the longest bar, and the same figures in words for
// anyone who cannot see the bars.
import { formatSeconds, formatSize } from "../../engine";
import type { Contender } from "./readShowdown";

export interface Bar {
  label: string;
  /** The figure as printed next to the bar. */
  value: string;
  /** Fractions of the chart's width: the base image's part, and what the build adds (size chart only). */
  base: number;
  rest: number;
  /** A word that must stay next to the figure, e.g. "would not start". */
  warning: string | null;
}

export interface Chart {
  title: string;
  bars: Bar[];
  /** The chart in one sentence. */
  description: string;
}

export function sizeChart(sides: readonly Contender[]): Chart {
  const max = Math.max(1, ...sides.map((s) => s.figures.sizeBytes ?? 0));
  const bars = sides.map(({ label, figures }): Bar => {
    if (figures.sizeBytes === null) {
      return { label, value: "no image", base: 0, rest: 0, warning: "the build has no image" };
    }
    const base = Math.min(figures.baseBytes ?? 0, figures.sizeBytes);
    return {
      label,
      value: formatSize(figures.sizeBytes),
      base: base / max,
      rest: (figures.sizeBytes - base) / max,
      warning: startWarning(figures.runs),
    };
  });
  const description = sides
    .map(({ label, figures }) =>
      figures.sizeBytes === null
        ? `${label}: no image`
        : `${label}: ${formatSize(figures.sizeBytes)}, of which the base image is ${formatSize(figures.baseBytes ?? 0)}${suffix(figures.runs)}`,
    )
    .join("; ");
  return { title: "Image size", bars, description: `Image size. ${description}.` };
}

export function timeChart(sides: readonly Contender[]): Chart {
  const max = Math.max(1, ...sides.map((s) => s.figures.buildMs));
  const bars = sides.map(({ label, figures }): Bar => ({
    label,
    value: formatSeconds(figures.buildMs),
    base: 0,
    rest: figures.buildMs / max,
    warning: null,
  }));
  const description = sides
    .map(({ label, figures }) => `${label}: ${formatSeconds(figures.buildMs)}`)
    .join("; ");
  return { title: "Build time (simulated)", bars, description: `Build time, simulated. ${description}.` };
}

function startWarning(runs: boolean | null): string | null {
  if (runs === false) return "would not start";
  if (runs === null) return "may not start";
  return null;
}

const suffix = (runs: boolean | null) => {
  const warning = startWarning(runs);
  return warning ? `, and it ${warning}` : "";
};
