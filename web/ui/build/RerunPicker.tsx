import { useEffect, useId, useState } from "react";
import type { AnalysisView, RerunView } from "../../engine";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";

type Answer = { key: string; reruns: RerunView } | { key: string; error: string };

/** "What re-runs if I edit…": pick a context file, see which steps stay CACHED and which re-run. */
export function RerunPicker({ view }: { view: AnalysisView }) {
  const engine = useAppStore(selectEngine);
  const revealLine = useAppStore((s) => s.revealLine);
  const [picked, setPicked] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const id = useId();
  const path = view.contextPaths.includes(picked) ? picked : "";
  const key = `${view.version}:${path}`;

  useEffect(() => {
    if (!engine || path === "") return;
    let live = true;
    Promise.resolve(engine.reruns(path)).then(
      (reruns) => live && setAnswer({ key, reruns }),
      (e: unknown) => live && setAnswer({ key, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [engine, path, key]);

  const current = answer?.key === key ? answer : null;
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
        </div>
      )}
      {current && "error" in current && (
        <p className="reruns-error" role="alert">
          Stageplay could not work out what re-runs: {current.error}
        </p>
      )}
      {current && "reruns" in current && <RerunList reruns={current.reruns} onLine={revealLine} />}
    </section>
  );
}

export function RerunList({ reruns, onLine }: { reruns: RerunView; onLine: (line: number) => void }) {
  const rerun = reruns.steps.filter((s) => s.status === "rerun").length;
  const total = reruns.steps.length;
  return (
    <>
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
    </>
  );
}
