import type { SizeByOrigin } from "../../engine";
import { Size } from "./Size";
import { formatPercent, originSegments } from "./imageText";

/** The final image's bytes by where they come from: a bar, with the figures as text beside it. */
export function SizeByOriginBar({ split, estimatedBytes }: { split: SizeByOrigin; estimatedBytes: number }) {
  const segments = originSegments(split);
  if (segments.length === 0) return null;
  return (
    <section className="image-section" aria-labelledby="image-origin-title">
      <h3 id="image-origin-title">Where the bytes come from</h3>
      <div className="origin-bar" aria-hidden="true">
        {segments.map((s) => (
          <span key={s.key} className={`origin-segment origin-${s.key}`} style={{ width: `${s.percent}%` }} />
        ))}
      </div>
      <ul className="origin-legend">
        {segments.map((s) => (
          <li key={s.key}>
            <span className={`origin-swatch origin-${s.key}`} aria-hidden="true" />
            {s.label}: <Size bytes={s.bytes} /> ({formatPercent(s.percent)})
          </li>
        ))}
      </ul>
      {estimatedBytes > 0 && (
        <p className="image-muted">
          <Size bytes={estimatedBytes} /> of these bytes are estimates.
        </p>
      )}
    </section>
  );
}
