import type { Diagnostic } from "../engine";
import { selectDiagnostics } from "../state/selectors";
import { useAppStore } from "./storeContext";
import { InlineCode } from "./InlineCode";
import { TaughtIn } from "./lesson/TaughtFindings";
import { FindingRuleLink } from "./rules/FindingRuleLink";
import { RULES_INDEX_HREF } from "../content/ruleLinks";

const SEVERITY_LABEL: Record<Diagnostic["severity"], string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

/**
 * The engine's findings for the current Dockerfile, each a button that shows its line in the editor,
 * a link to what its rule means, and a link to the lesson that explains its rule when one does.
 */
export function DiagnosticsList({ currentLessonId }: { currentLessonId: string | null }) {
  const diagnostics = useAppStore(selectDiagnostics);
  const revealLine = useAppStore((s) => s.revealLine);
  if (!diagnostics) return null;
  if (diagnostics.length === 0) {
    return (
      <p className="diagnostics-clean">
        No problems found: BuildKit would parse this Dockerfile and resolve every stage.{" "}
        <a href={RULES_INDEX_HREF}>Every check Stageplay runs, explained</a>
      </p>
    );
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return (
    <section aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" className="diagnostics-title">
        {errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "No errors"}
        {diagnostics.length > errors &&
          `, ${diagnostics.length - errors} other finding${diagnostics.length - errors === 1 ? "" : "s"}`}
      </h2>
      <ul className="diagnostics">
        {diagnostics.map((d, i) => (
          <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
            <button type="button" onClick={() => revealLine(d.range.start.line)}>
              <span className="diagnostic-where">
                {SEVERITY_LABEL[d.severity]} · line {d.range.start.line}
                {d.rule && ` · ${d.rule}`}
              </span>
              <span className="diagnostic-message">{d.message}</span>
              {d.fix && (
                <span className="diagnostic-fix">
                  <InlineCode text={d.fix} />
                </span>
              )}
            </button>
            <FindingRuleLink rule={d.rule} />
            <TaughtIn rule={d.rule} currentLessonId={currentLessonId} />
          </li>
        ))}
      </ul>
      <p className="diagnostics-index">
        <a href={RULES_INDEX_HREF}>Every check Stageplay runs, explained</a>
      </p>
    </section>
  );
}
