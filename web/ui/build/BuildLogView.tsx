import { useLayoutEffect, useRef } from "react";
import type { BuildLogEntry } from "../../engine";
import { entriesAt } from "./playback";

/** The progress log as the builder prints it, up to the play position. */
export function BuildLogView({ log, clock }: { log: readonly BuildLogEntry[]; clock: number | null }) {
  const shown = entriesAt(log, clock);
  const scroller = useRef<HTMLDivElement>(null);

  // The newest line stays in sight, as in a terminal: the build's end, or its error.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [shown.length, log]);

  return (
    <div ref={scroller} className="build-log" role="region" aria-label="Build log" tabIndex={0}>
      <pre>
        {shown.map((entry, i) => (
          <span key={i} className={`log-line log-${entry.kind}`}>
            {entry.gap && "\n"}
            {entry.text}
            {"\n"}
          </span>
        ))}
        {shown.length === 0 && <span className="log-line log-info">(no output yet)</span>}
      </pre>
    </div>
  );
}
