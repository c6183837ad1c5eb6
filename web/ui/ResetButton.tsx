import type { DocumentId, ResetWhat } from "../state/types";
import { selectIsContextEdited, selectIsEdited, selectLastReset } from "../state/selectors";
import { useAppStore } from "./storeContext";

interface Props {
  documentId: DocumentId;
  label: string;
  /** What the reset puts back: the Dockerfile (default), the build context, or both. */
  what?: ResetWhat;
}

/** Puts the starting text (or context) back, and offers to undo that, so a reset never loses work. */
export function ResetButton({ documentId, label, what = "text" }: Props) {
  const textEdited = useAppStore(selectIsEdited(documentId));
  const contextEdited = useAppStore(selectIsContextEdited(documentId));
  const lastReset = useAppStore(selectLastReset);
  const resetDocument = useAppStore((s) => s.resetDocument);
  const undoReset = useAppStore((s) => s.undoReset);
  const edited = (what !== "context" && textEdited) || (what !== "text" && contextEdited);

  if (!edited && lastReset?.id === documentId && lastReset.what === what) {
    return (
      <button type="button" onClick={undoReset}>
        Undo reset
      </button>
    );
  }
  return (
    <button type="button" disabled={!edited} onClick={() => resetDocument(documentId, what)}>
      {label}
    </button>
  );
}
