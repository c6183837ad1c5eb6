import { useId, useMemo } from "react";
import type { AnalysisView } from "../../engine";
import { InlineCode } from "../InlineCode";
import { useAppStore } from "../storeContext";
import { explainChange, type StepChange } from "./buildChange";
import { usePreviousBuild, type BuildPair } from "./previousBuild";

/** Which steps the latest change makes re-run, and why, against the build before it. */
export function ChangeReruns({ view }: { view: AnalysisView }) {
  const pair = usePreviousBuild();
  return <ChangeRerunsOf view={view} pair={pair} />;
}

export function ChangeRerunsOf({ view, pair }: { view: AnalysisView; pair: BuildPair }) {
  const revealLine = useAppStore((s) => s.revealLine);
  const id = useId();
  const { before, changedFiles } = pair;
  const steps = useMemo(
    () => (before && pair.after === view ? explainChange(before, view, changedFiles) : null),
    [before, view, pair.after, changedFiles],
  );
  return (
    <section className="reruns change-reruns" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What your last change re-runs</h3>
      <p className="reruns-empty reruns-intro">
        Docker reuses the steps its cache already holds; here, the cache holds the build before your last
        change.
      </p>
      {steps === null ? (
        <p className="reruns-empty">
          Change the Dockerfile or a context file to see which steps a rebuild takes from the cache and why
          the others re-run.
        </p>
      ) : (
        <ChangeList steps={steps} onLine={revealLine} />
      )}
    </section>
  );
}

/** Every step of the build after the change: CACHED, or re-run with its cause. */
export function ChangeList({
  steps,
  onLine,
}: {
  steps: readonly StepChange[];
  onLine: (line: number) => void;
}) {
  const rerun = steps.filter((s) => s.status === "rerun").length;
  const total = steps.length;
  return (
    <div className="reruns-answer">
      <p className="reruns-summary" aria-live="polite">
        {rerun === 0
          ? "Your last change re-runs no step: every step comes from the cache (CACHED)."
          : `Your last change re-runs ${rerun} of ${total} step${total === 1 ? "" : "s"}; ${total - rerun} stay${total - rerun === 1 ? "s" : ""} CACHED.`}
      </p>
      <ol className="reruns-list" aria-label="Steps after your last change">
        {steps.map((step) => (
          <li key={step.stepId} className={`rerun rerun-${step.status}`}>
            <button type="button" onClick={() => onLine(step.line)}>
              <span className="rerun-status">{step.status === "cached" ? "CACHED" : "re-runs"}</span>{" "}
              <span className="rerun-line">line {step.line}</span>{" "}
              <code className="rerun-text">{step.text}</code>{" "}
              {step.because && (
                <span className="rerun-because">
                  because <InlineCode text={step.because} />
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
