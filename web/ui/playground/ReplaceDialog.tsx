import { useEffect, useRef } from "react";

interface Props {
  /** What would replace the playground, as a reader names it: “Go, static binary on scratch”. */
  incoming: string;
  onAnswer: (replace: boolean) => void;
}

/**
 * Asks before an example replaces edited work. A native modal dialog: it keeps the keyboard inside,
 * Escape keeps the learner's work, and closing gives focus back to the button that opened it.
 */
export function ReplaceDialog({ incoming, onAnswer }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    // The safe answer has the focus, so a hasty Enter loses nothing.
    keep.current?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="replace-dialog"
      aria-labelledby="replace-dialog-title"
      aria-describedby="replace-dialog-text"
      onClose={(event) => onAnswer(event.currentTarget.returnValue === "replace")}
    >
      <form method="dialog">
        <h2 id="replace-dialog-title">Replace your playground?</h2>
        <p id="replace-dialog-text">
          Your playground holds a Dockerfile or build context you changed. Opening {incoming} replaces both,
          and your changes are not kept anywhere else.
        </p>
        <div className="replace-dialog-actions">
          <button type="submit" value="replace" className="playground-primary">
            Replace
          </button>
          <button type="submit" value="keep" ref={keep}>
            Keep mine
          </button>
        </div>
      </form>
    </dialog>
  );
}
