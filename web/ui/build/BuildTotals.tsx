import type { AnalysisView } from "../../engine";
import { seconds } from "./playback";

/** How long the same build takes with BuildKit (parallel stages) and with the legacy builder. */
export function BuildTotals({ view }: { view: AnalysisView }) {
  const builder = view.options.builder;
  const { buildkitMs, legacyMs } = view.times;
  const longest = Math.max(buildkitMs, legacyMs, 1);
  const rows = [
    { id: "buildkit", name: "BuildKit", ms: buildkitMs },
    { id: "legacy", name: "Legacy builder", ms: legacyMs },
  ] as const;
  return (
    <section className="build-totals" aria-labelledby="build-totals-title">
      <h3 id="build-totals-title">Total build time</h3>
      <dl>
        {rows.map((row) => (
          <div key={row.id} className={row.id === builder ? "build-total build-total-chosen" : "build-total"}>
            <dt>
              {row.name}
              {row.id === builder && <span className="build-total-mark"> (this build)</span>}
            </dt>
            <dd>
              <span
                className="build-total-bar"
                style={{ width: `${(row.ms / longest) * 100}%` }}
                aria-hidden="true"
              />
              <span className="build-total-time">{seconds(row.ms)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
