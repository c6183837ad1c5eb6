import { useEffect, useRef, useState } from "react";
import { formatSize, type BuildContextSummary, type ContextFile } from "../../engine";
import { selectContext, selectIsContextEdited, selectView } from "../../state/selectors";
import type { DocumentId } from "../../state/types";
import { ResetButton } from "../ResetButton";
import { useAppStore, useAppStoreApi } from "../storeContext";
import { AddSizedFileForm, AddTextFileForm } from "./AddFileForms";
import { ContextFileRow, type RowActions, type RowForm } from "./ContextFileRow";
import {
  addSizedFile,
  addTextFile,
  deleteFile,
  editFile,
  renameFile,
  resizeFile,
  restoreFile,
  sortedByPath,
  totalBytes,
} from "./contextFiles";
import "./context.css";

interface Props {
  documentId: DocumentId;
  /** The context the document starts with, before the learner edits it. */
  startingContext: ContextFile[] | undefined;
}

const NO_FILES: ContextFile[] = [];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The build context's files: what `COPY` and `ADD` can read. The learner adds, renames, deletes and edits them. */
export function ContextEditor({ documentId, startingContext }: Props) {
  const store = useAppStoreApi();
  const context = useAppStore(selectContext(documentId, startingContext));
  const edited = useAppStore(selectIsContextEdited(documentId));
  const summary = useAppStore(selectView)?.context ?? null;
  const [open, setOpen] = useState<{ path: string; form: RowForm } | null>(null);
  const [focus, setFocus] = useState<{ path: string; button: RowForm } | null>(null);
  const [lastDeleted, setLastDeleted] = useState<{ file: ContextFile; index: number } | null>(null);
  const [status, setStatus] = useState("");
  const undoButton = useRef<HTMLButtonElement>(null);

  const files = context ?? NO_FILES;
  const ignored = new Set(summary?.ignored);

  // Every write starts from the store's list now, not this render's: a keystroke in the file editor
  // may have changed it since.
  const write = (change: (files: ContextFile[]) => ContextFile[]) => {
    const state = store.getState();
    state.setContext(documentId, change(state.contexts[documentId] ?? startingContext ?? []));
  };
  // The row and its buttons are gone after a delete: the keyboard goes to the way back.
  useEffect(() => {
    if (lastDeleted) undoButton.current?.focus();
  }, [lastDeleted]);

  const actions: RowActions = {
    open: (path, form) => setOpen({ path, form }),
    close: (path, form) => {
      setOpen(null);
      setFocus({ path, button: form });
    },
    rename: (from, to) => {
      write((list) => renameFile(list, from, to));
      setOpen(null);
      setFocus({ path: to, button: "rename" });
      setStatus(`Renamed ${from} to ${to}.`);
    },
    resize: (path, bytes) => {
      write((list) => resizeFile(list, path, bytes));
      setOpen(null);
      setFocus({ path, button: "resize" });
      setStatus(`${path} is now ${formatSize(bytes)}.`);
    },
    remove: (path) => {
      const state = store.getState();
      const { files: rest, deleted } = deleteFile(state.contexts[documentId] ?? startingContext ?? [], path);
      state.setContext(documentId, rest);
      setLastDeleted(deleted);
      if (open?.path === path) setOpen(null);
      setStatus(`Deleted ${path}.`);
    },
    edit: (path, text) => write((list) => editFile(list, path, text)),
  };

  const undoDelete = () => {
    if (!lastDeleted) return;
    const { file, index } = lastDeleted;
    write((list) => restoreFile(list, file, index));
    setLastDeleted(null);
    setFocus({ path: file.path, button: file.content === undefined ? "resize" : "edit" });
    setStatus(`Restored ${file.path}.`);
  };
  const canUndoDelete = lastDeleted !== null && !files.some((f) => f.path === lastDeleted.file.path);

  return (
    <section className="context" aria-labelledby="context-title">
      <div className="context-head">
        <h2 id="context-title">Build context</h2>
        <ResetButton documentId={documentId} what="context" label="Reset the context" />
      </div>
      <p className="context-muted">
        The folder <code>docker build .</code> sends to the builder: what <code>COPY</code> and{" "}
        <code>ADD</code> read. {edited ? "You have changed it. " : ""}Changes are saved and the build follows
        them.
      </p>

      <p className="visually-hidden" role="status">
        {status}
      </p>
      {canUndoDelete && (
        <p className="context-undo">
          <span>Deleted {lastDeleted.file.path}.</span>
          <button type="button" ref={undoButton} onClick={undoDelete}>
            Undo delete<span className="visually-hidden"> of {lastDeleted.file.path}</span>
          </button>
        </p>
      )}

      {context === undefined ? (
        <p className="context-empty">
          This Dockerfile has no build context: Stageplay cannot tell what <code>COPY</code> and{" "}
          <code>ADD</code> would find, and says so in the build. Add a file to give it one.
        </p>
      ) : files.length === 0 ? (
        <p className="context-empty">
          The build context is empty. A <code>COPY</code> or <code>ADD</code> of a named file fails with “not
          found”, and <code>COPY . /app</code> copies nothing.
        </p>
      ) : (
        <>
          <Totals files={files} summary={summary} />
          <ul className="context-files" aria-label="Files">
            {sortedByPath(files).map((file) => (
              <ContextFileRow
                key={file.path}
                file={file}
                files={files}
                ignored={ignored.has(file.path)}
                form={open?.path === file.path ? open.form : null}
                focus={focus?.path === file.path ? focus : null}
                actions={actions}
              />
            ))}
          </ul>
        </>
      )}

      <div className="context-add">
        <AddTextFileForm
          files={files}
          onAdd={(path) => {
            write((list) => addTextFile(list, path));
            setOpen({ path, form: "edit" });
            setStatus(`Added ${path}, empty; type its text in the editor under it.`);
          }}
        />
        <AddSizedFileForm
          files={files}
          onAdd={(path, bytes) => {
            write((list) => addSizedFile(list, path, bytes));
            setStatus(`Added ${path}, ${formatSize(bytes)}.`);
          }}
        />
      </div>
    </section>
  );
}

/** How many files and bytes the context holds, and what reaches the builder once `.dockerignore` is applied. */
function Totals({ files, summary }: { files: readonly ContextFile[]; summary: BuildContextSummary | null }) {
  const ignoredCount = summary?.ignored.length ?? 0;
  return (
    <p className="context-totals">
      {plural(files.length, "file")}, {formatSize(totalBytes(files))}
      {summary && ignoredCount > 0 && (
        <>
          {" "}
          · sent to the builder: {plural(summary.files, "file")}, {formatSize(summary.sizeBytes)} (
          {ignoredCount} ignored by .dockerignore)
        </>
      )}
    </p>
  );
}
