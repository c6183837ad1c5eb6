import { useLayoutEffect, useRef, type ReactElement } from "react";
import type { BuildLogEntry } from "../../engine";
import { entriesAt } from "./playback";

/** How close to the end (px) still counts as reading the newest line. */
const BOTTOM_SLACK_PX = 8;

// Each log's lines are made once: while the clock moves, React meets the same elements again and
// only lays out the lines whose time has come.
const linesOfLog = new WeakMap<readonly BuildLogEntry[], ReactElement[]>();

/** The log's line elements, made once per log. */
export function logLines(log: readonly BuildLogEntry[]): ReactElement[] {
  let lines = linesOfLog.get(log);
  if (!lines) {
    lines = log.map((entry, i) => (
      <span key={i} className={`log-line log-${entry.kind}`}>
        {entry.gap && "\n"}
        {entry.text}
        {"\n"}
      </span>
    ));
    linesOfLog.set(log, lines);
  }
  return lines;
}

/** Whether a scrolled box shows its end: the learner is following the newest line. */
export function atBottom(box: { scrollTop: number; scrollHeight: number; clientHeight: number }): boolean {
  return box.scrollHeight - box.scrollTop - box.clientHeight <= BOTTOM_SLACK_PX;
}

/** The progress log as the builder prints it, up to the play position. */
export function BuildLogView({ log, clock }: { log: readonly BuildLogEntry[]; clock: number | null }) {
  const count = entriesAt(log, clock).length;
  const scroller = useRef<HTMLDivElement>(null);
  // Follows the newest line, as a terminal does, until the learner scrolls up to read.
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [count, log]);

  const lines = logLines(log);
  return (
    <div
      ref={scroller}
      className="build-log"
      role="region"
      aria-label="Build log"
      tabIndex={0}
      onScroll={(e) => (following.current = atBottom(e.currentTarget))}
    >
      <pre>
        {count === lines.length ? lines : lines.slice(0, count)}
        {count === 0 && <span className="log-line log-info">(no output yet)</span>}
      </pre>
    </div>
  );
}
