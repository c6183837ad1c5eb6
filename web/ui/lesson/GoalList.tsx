import type { Goal, GoalResult } from "../../content/goals/types";
import { describeGoal } from "../../content/goals/describeGoal";
import { InlineCode } from "../InlineCode";

interface Props {
  goals: readonly Goal[];
  /** Results on the analysis shown, in the goals' order; null while the first check runs. */
  results: readonly GoalResult[] | null;
  /** With details: what a failing goal expected, what the build has instead, and its line. */
  detailed?: boolean;
  onLine?: (line: number) => void;
}

/**
 * A lesson's goals with their state. The expectation under each sentence is made from the goal's
 * check itself (describeGoal), the same text a failing result gives, so the two never disagree.
 */
export function GoalList({ goals, results, detailed = false, onLine }: Props) {
  return (
    <ul className="goal-list">
      {goals.map((goal) => {
        const result = results?.find((r) => r.id === goal.id) ?? null;
        const state = result === null ? "not checked yet" : result.passed ? "passed" : "failed";
        return (
          <li
            key={goal.id}
            className={`goal goal-${result === null ? "pending" : result.passed ? "passed" : "failed"}`}
            aria-label={`${goal.sentence}: ${state}`}
          >
            <span className="goal-mark" aria-hidden="true">
              {result === null ? "…" : result.passed ? "✓" : "✗"}
            </span>
            <span className="goal-body">
              <span className="goal-sentence">{goal.sentence}</span>{" "}
              <span className="goal-state">{state}</span>
              {detailed && (
                <span className="goal-details">
                  <span className="goal-expected">
                    Expected: <InlineCode text={result?.expected ?? describeGoal(goal.check)} />
                  </span>
                  {result?.found && (
                    <span className="goal-found">
                      Found: <InlineCode text={result.found} />
                    </span>
                  )}
                  {result?.line != null && onLine && (
                    <button type="button" className="goal-line" onClick={() => onLine(result.line!)}>
                      Go to line {result.line}
                    </button>
                  )}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
