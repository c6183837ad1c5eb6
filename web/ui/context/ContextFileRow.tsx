import { useEffect, useRef } from "react";
import { formatSize, type ContextFile } from "../../engine";
import { ContextFileEditor } from "./ContextFileEditor";
import { isTextFile } from "./contextFiles";
import { RenameForm, ResizeForm } from "./RowForms";

/** What a row has open under it. */
export type RowForm = "edit" | "rename" | "resize";

export interface RowActions {
  open: (path: string, form: RowForm) => void;
  close: (path: string, form: RowForm) => void;
  rename: (from: string, to: string) => void;
  resize: (path: string, bytes: number) => void;
  remove: (path: string) => void;
  edit: (path: string, text: string) => void;
}

interface Props {
  file: ContextFile;
  /** Every file of the context, which a new path must not collide with. */
  files: readonly ContextFile[];
  ignored: boolean;
  form: RowForm | null;
  /** The button to give the keyboard to, when a form closed or the row was renamed; a new request each time. */
  focus: { button: RowForm } | null;
  actions: RowActions;
}

/** One file of the context: its path and size, what it is, and what can be done to it. */
export function ContextFileRow({ file, files, ignored, form, focus, actions }: Props) {
  const { path } = file;
  const text = isTextFile(file);
  const editButton = useRef<HTMLButtonElement>(null);
  const resizeButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    const buttons = { edit: editButton, resize: resizeButton, rename: renameButton };
    buttons[focus.button].current?.focus();
  }, [focus]);
  const toggle = (which: RowForm) =>
    form === which ? actions.close(path, which) : actions.open(path, which);

  return (
    <li className="context-row" data-ignored={ignored || undefined}>
      <div className="context-file">
        <span className="context-file-what">
          <code className="context-path">{path}</code>
          <span className="context-size">{formatSize(file.sizeBytes)}</span>
          {!text && <span className="context-tag">size only</span>}
          {ignored && <span className="context-tag context-tag-ignored">ignored by .dockerignore</span>}
        </span>
        <span className="context-actions">
          {text ? (
            <button
              type="button"
              ref={editButton}
              aria-expanded={form === "edit"}
              onClick={() => toggle("edit")}
            >
              Edit<span className="visually-hidden"> {path}</span>
            </button>
          ) : (
            <button
              type="button"
              ref={resizeButton}
              aria-expanded={form === "resize"}
              onClick={() => toggle("resize")}
            >
              Change size<span className="visually-hidden"> of {path}</span>
            </button>
          )}
          <button
            type="button"
            ref={renameButton}
            aria-expanded={form === "rename"}
            onClick={() => toggle("rename")}
          >
            Rename<span className="visually-hidden"> {path}</span>
          </button>
          <button type="button" onClick={() => actions.remove(path)}>
            Delete<span className="visually-hidden"> {path}</span>
          </button>
        </span>
      </div>
      {form === "rename" && (
        <RenameForm
          path={path}
          files={files}
          onRename={(to) => actions.rename(path, to)}
          onCancel={() => actions.close(path, "rename")}
        />
      )}
      {form === "resize" && (
        <ResizeForm
          path={path}
          sizeBytes={file.sizeBytes}
          onResize={(bytes) => actions.resize(path, bytes)}
          onCancel={() => actions.close(path, "resize")}
        />
      )}
      {form === "edit" && text && (
        <ContextFileEditor
          path={path}
          content={file.content ?? ""}
          onChange={(value) => actions.edit(path, value)}
          onDone={() => actions.close(path, "edit")}
        />
      )}
    </li>
  );
}
