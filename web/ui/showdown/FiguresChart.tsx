import type { Chart } from "./chartBars";

/** One horizontal bar chart; the bars are drawn, the figure they stand for is said in words. */
export function FiguresChart({ chart, legend }: { chart: Chart; legend: boolean }) {
  return (
    <figure className="showdown-chart">
      <figcaption>{chart.title}</figcaption>
      <div role="img" aria-label={chart.description} className="showdown-bars">
        {chart.bars.map((bar, i) => (
          <div key={i} className="showdown-bar-row">
            <span className="showdown-bar-label">{bar.label}</span>
            <span className="showdown-bar-track">
              {bar.base > 0 && <span className="showdown-bar-base" style={{ width: pct(bar.base) }} />}
              <span className="showdown-bar-rest" style={{ width: pct(bar.rest) }} />
            </span>
            <span className="showdown-bar-value">
              {bar.value}
              {bar.warning && <span className="showdown-bar-warning"> · {bar.warning}</span>}
            </span>
          </div>
        ))}
      </div>
      {legend && (
        <p className="showdown-legend" aria-hidden="true">
          <span className="showdown-swatch showdown-bar-base" /> base image{" "}
          <span className="showdown-swatch showdown-bar-rest" /> added by the build
        </p>
      )}
    </figure>
  );
}

const pct = (fraction: number) => `${Math.max(0, Math.min(1, fraction)) * 100}%`;
