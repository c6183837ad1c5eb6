import { useEffect, useEffectEvent, useRef, useState } from "react";
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

type LoadState = { status: "loading" } | { status: "ready" } | { status: "failed"; reason: string };

export const editorLabel = (path: string) => `Contents of ${path}`;

/** A small Monaco editor for one text file of the context (loaded lazily); a plain text box if it cannot load. */
export function ContextFileEditor({ path, content, onChange, onDone }: Props) {
  const theme = useResolvedTheme(useAppStore(selectTheme));
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<TextFileEditor | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const initial = useEffectEvent(() => ({ content, theme, label: editorLabel(path) }));
  const change = useEffectEvent((text: string) => onChange(text));

  useEffect(() => {
    let cancelled = false;
    import("../editor/monacoSetup")
      .then(({ monaco }) => {
        if (cancelled || !host.current) return;
        const { content: value, theme: startTheme, label } = initial();
        handle.current = createTextFileEditor(monaco, host.current, {
          value,
          theme: startTheme,
          ariaLabel: label,
          onChange: (text) => change(text),
        });
        handle.current.focus();
        setLoad({ status: "ready" });
      })
      .catch((e: unknown) => {
        if (!cancelled) setLoad({ status: "failed", reason: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
      handle.current?.dispose();
      handle.current = null;
    };
  }, []);

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
