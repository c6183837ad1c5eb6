/**
 * "Show the solution" for a lesson: a button that first asks whether the learner would rather try a
 * hint, then opens a modal dialog comparing their Dockerfile with the solution in Monaco's diff editor.
 *
 *   <ShowSolution solution={lesson.solution} current={text} theme={theme} />
 *
 * - `solution`: the lesson's solution Dockerfile.
 * - `current`: the learner's Dockerfile as it is now (their edited text, or the starter); read when
 *   the dialog opens and whenever it changes while open.
 * - `theme`: the theme shown, "light" or "dark" (`useResolvedTheme`), so the diff matches the app.
 *
 * Monaco is loaded only when the dialog opens, and the diff editor and its models are disposed when
 * it closes. The dialog is a native modal `<dialog>`: focus stays inside, Escape closes it, and focus
 * returns to the button.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { EditorTheme } from "../editor/createDockerfileEditor";
import { SolutionDiff } from "./SolutionDiff";
import "./solution.css";

export interface ShowSolutionProps {
  solution: string;
  current: string;
  theme: EditorTheme;
}

type Step = "idle" | "asking" | "open";

export function ShowSolution({ solution, current, theme }: ShowSolutionProps) {
  const [step, setStep] = useState<Step>("idle");
  const trigger = useRef<HTMLButtonElement>(null);
  const notYet = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  /** Set when the learner leaves the question or the dialog, so the button gets the keyboard back. */
  const returnFocus = useRef(false);
  const ids = useId();

  useEffect(() => {
    if (step === "asking") notYet.current?.focus();
    if (step === "open" && dialog.current && !dialog.current.open) dialog.current.showModal();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [step]);

  const backToButton = () => {
    returnFocus.current = true;
    setStep("idle");
  };

  return (
    <div className="show-solution">
      {step === "asking" ? (
        <div className="show-solution-ask" role="group" aria-labelledby={`${ids}-question`}>
          <p id={`${ids}-question`}>Seeing the solution ends the puzzle. Try a hint first?</p>
          <div className="show-solution-actions">
            <button type="button" onClick={() => setStep("open")}>
              Show it
            </button>
            <button type="button" ref={notYet} onClick={backToButton}>
              Not yet
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={trigger} onClick={() => setStep("asking")}>
          Show the solution
        </button>
      )}
      <dialog
        ref={dialog}
        className="solution-dialog"
        aria-labelledby={`${ids}-title`}
        // Escape and the Close button both end here.
        onClose={backToButton}
      >
        <div className="solution-dialog-header">
          <h2 id={`${ids}-title`}>Solution</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {step === "open" && <SolutionDiff solution={solution} current={current} theme={theme} />}
      </dialog>
    </div>
  );
}
