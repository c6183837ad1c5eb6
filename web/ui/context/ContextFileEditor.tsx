import { useEffect, useRef } from "react";
import { useLazyMonaco } from "../editor/useLazyMonaco";
import { selectTheme } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { useResolvedTheme } from "../useResolvedTheme";
import { createTextFileEditor, type TextFileEditor } from "./createTextFileEditor";

interface Props {
  path: string;
  /** The file's text in the store now. */
  content: string;
  /** Writes the learner's text to the store. */
  onChange: (text: string) => void;
  onDone: () => void;
}

export const editorLabel = (path: string) => `Contents of ${path}`;

/** A small Monaco editor for one text file of the context (loaded lazily); a plain text box if it cannot load. */
export function ContextFileEditor({ path, content, onChange, onDone }: Props) {
  const theme = useResolvedTheme(useAppStore(selectTheme));
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<TextFileEditor | null>(null);
  // Monaco keeps the callback it was given: it calls the latest onChange through this ref.
  const latestChange = useRef(onChange);
  useEffect(() => {
    latestChange.current = onChange;
  });
  const load = useLazyMonaco(
    host,
    handle,
    (monaco, element) => {
      const editor = createTextFileEditor(monaco, element, {
        value: content,
        theme,
        ariaLabel: editorLabel(path),
        onChange: (text) => latestChange.current(text),
      });
      editor.focus();
      return editor;
    },
    "",
  );

  // The store decides: a reset or its undo changes the text here.
  useEffect(() => handle.current?.setValue(content), [content, load]);
  useEffect(() => handle.current?.setLabel(editorLabel(path)), [path, load]);
  useEffect(() => handle.current?.setTheme(theme), [theme, load]);

  return (
    <div className="context-file-editor" data-state={load.status}>
      <div ref={host} className="context-editor-host" hidden={load.status === "failed"} />
      {load.status === "loading" && <p className="context-muted">Loading the editor…</p>}
      {load.status === "failed" && (
        <>
          <p className="context-muted" role="alert">
            The code editor could not load ({load.reason}); this plain text box edits the file instead.
          </p>
          <textarea
            className="context-textarea"
            aria-label={editorLabel(path)}
            spellCheck={false}
            value={content}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      )}
      <div className="context-editor-foot">
        <span className="context-muted">Saved as you type; the build follows.</span>
        <button type="button" onClick={onDone}>
          Done<span className="visually-hidden"> editing {path}</span>
        </button>
      </div>
    </div>
  );
}
