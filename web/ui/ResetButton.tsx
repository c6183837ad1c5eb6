import { useState } from "react";
import type { DocumentId } from "../state/types";
import { selectIsEdited } from "../state/selectors";
import { useAppStore, useAppStoreApi } from "./storeContext";

/** Puts the starter text back, and offers to undo that, so a reset never loses work. */
export function ResetButton({ documentId, label }: { documentId: DocumentId; label: string }) {
  const store = useAppStoreApi();
  const edited = useAppStore(selectIsEdited(documentId));
  const [undo, setUndo] = useState<string | null>(null);

  if (undo !== null && !edited) {
    return (
      <button
        type="button"
        onClick={() => {
          store.getState().setDocument(documentId, undo);
          setUndo(null);
        }}
      >
        Undo reset
      </button>
    );
  }
  return (
    <button
      type="button"
      disabled={!edited}
      onClick={() => {
        setUndo(store.getState().documents[documentId] ?? null);
        store.getState().resetDocument(documentId);
      }}
    >
      {label}
    </button>
  );
}
