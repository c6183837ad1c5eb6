import type { Verdict } from "../../engine";
import { InlineCode } from "../InlineCode";
import { LineButton } from "./LineButton";
import { reasonStatus, verdictSummary } from "./imageText";

/** Whether `docker run` of the image would start its program, each reason with its line and fix. */
export function VerdictSection({ verdict }: { verdict: Verdict }) {
  const summary = verdictSummary(verdict);
  return (
    <section className="image-section" aria-labelledby="image-verdict-title">
      <h3 id="image-verdict-title">
        Start verdict: <span className={`verdict-title verdict-${summary.tone}`}>{summary.title}</span>
      </h3>
      <p className="image-muted">{summary.detail}</p>
      {verdict.command && (
        <p>
          Command: <code>{JSON.stringify(verdict.command)}</code>
        </p>
      )}
      <ul className="verdict-reasons">
        {verdict.reasons.map((reason, i) => {
          const status = reasonStatus(reason);
          return (
            <li
              key={i}
              className={`verdict-reason verdict-reason-${reason.ok ? "ok" : reason.unsure ? "unsure" : "fail"}`}
            >
              <span className="verdict-mark" aria-hidden="true">
                {status.mark}
              </span>
              <div className="verdict-body">
                <p>
                  <strong>{status.label}</strong> ({reason.check}): <InlineCode text={reason.message} />
                </p>
                {reason.runtimeError && (
                  <p>
                    The container would print: <code className="runtime-error">{reason.runtimeError}</code>
                  </p>
                )}
                {reason.fix && (
                  <p>
                    Fix: <InlineCode text={reason.fix} />
                  </p>
                )}
                {reason.line !== null && <LineButton line={reason.line} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
