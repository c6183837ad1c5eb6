import { useId, useState } from "react";
import type { AnalysisView, RerunView } from "../../engine";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { useReruns } from "./useReruns";

/** "What re-runs if I edit…": pick a context file, see which steps stay CACHED and which re-run. */
export function RerunPicker({ view }: { view: AnalysisView }) {
  const engine = useAppStore(selectEngine);
  const revealLine = useAppStore((s) => s.revealLine);
  const [picked, setPicked] = useState("");
  const id = useId();
  const path = view.contextPaths.includes(picked) ? picked : "";
  const { answer, updating } = useReruns(engine, path, view.version);

  return (
    <section className="reruns" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What re-runs if I edit…</h3>
      {view.contextPaths.length === 0 ? (
        <p className="reruns-empty">This build has no context files to edit.</p>
      ) : (
        <div className="reruns-pick">
          <label htmlFor={`${id}-file`}>Context file</label>
          <select id={`${id}-file`} value={path} onChange={(e) => setPicked(e.target.value)}>
            <option value="">Choose a file…</option>
            {view.contextPaths.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          {/* Kept in place while hidden, so the list below does not jump at every keystroke. */}
          {path !== "" && (
            <span className="reruns-updating" hidden={!updating}>
              updating for your edit…
            </span>
          )}
        </div>
      )}
      {answer && "error" in answer && (
        <p className="reruns-error" role="alert">
          Stageplay could not work out what re-runs: {answer.error}
        </p>
      )}
      {answer && "reruns" in answer && (
        <RerunList reruns={answer.reruns} updating={updating} onLine={revealLine} />
      )}
    </section>
  );
}

/** The steps after editing a file; `updating` while the answer for the newest text is worked out. */
export function RerunList({
  reruns,
  updating = false,
  onLine,
}: {
  reruns: RerunView;
  updating?: boolean;
  onLine: (line: number) => void;
}) {
  const rerun = reruns.steps.filter((s) => s.status === "rerun").length;
  const total = reruns.steps.length;
  return (
    <div className="reruns-answer" aria-busy={updating}>
      <p className="reruns-summary" aria-live="polite">
        Editing <code>{reruns.path}</code>{" "}
        {rerun === 0
          ? "re-runs no step: every step stays CACHED."
          : `re-runs ${rerun} of ${total} step${total === 1 ? "" : "s"}; ${total - rerun} stay${total - rerun === 1 ? "s" : ""} CACHED.`}
      </p>
      <ol className="reruns-list" aria-label={`Steps after editing ${reruns.path}`}>
        {reruns.steps.map((step) => (
          <li key={step.stepId} className={`rerun rerun-${step.status}`}>
            <button type="button" onClick={() => onLine(step.line)}>
              <span className="rerun-status">{step.status === "cached" ? "CACHED" : "re-runs"}</span>
              <span className="rerun-line">line {step.line}</span>
              <code className="rerun-text">{step.text}</code>
              {step.because && <span className="rerun-because">{step.because}</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
