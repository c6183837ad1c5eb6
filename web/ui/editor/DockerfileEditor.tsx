import { useEffect, useLayoutEffect, useRef } from "react";
import type { Diagnostic } from "../../engine";
import { sameDiagnostics } from "./sameDiagnostics";
import type { DocumentId } from "../../state/types";
import {
  selectBuildSettings,
  selectDiagnostics,
  selectDocument,
  selectReveal,
  selectViewVersion,
} from "../../state/selectors";
import { useAppStore, useAppStoreApi } from "../storeContext";
import {
  createDockerfileEditor,
  type DockerfileEditor as EditorHandle,
  type EditorTheme,
} from "./createDockerfileEditor";
import { settingsAfterRename } from "./settingsAfterRename";
import { useLazyMonaco } from "./useLazyMonaco";
import { lessonForTopic } from "../../content/lessonTopics";
import { lessonHref } from "../routes";

interface Props {
  documentId: DocumentId;
  starter: string;
  label: string;
  theme: EditorTheme;
}

const MARKERS_MARK = "stageplay:markers";

/** Mounts Monaco (loaded lazily) for one document; until it arrives, or if it cannot, the text stays visible and editable. */
export function DockerfileEditor({ documentId, starter, label, theme }: Props) {
  const store = useAppStoreApi();
  const text = useAppStore(selectDocument(documentId, starter));
  const diagnostics = useAppStore(selectDiagnostics);
  // Unchanged findings arrive as the same list; the analysis that brought them is still new.
  const analysis = useAppStore(selectViewVersion);
  const reveal = useAppStore(selectReveal);
  const host = useRef<HTMLDivElement>(null);
  /** The findings the editor shows now, to skip redrawing the same ones. */
  const shownMarkers = useRef<readonly Diagnostic[] | null>(null);
  const handle = useRef<EditorHandle | null>(null);
  const load = useLazyMonaco(
    host,
    handle,
    (monaco, element) => {
      shownMarkers.current = null;
      return createDockerfileEditor(monaco, element, {
        value: selectDocument(documentId, starter)(store.getState()),
        theme,
        ariaLabel: label,
        onChange: (value) => store.getState().setDocument(documentId, value),
        onCursorLine: (line) => store.getState().setCursorLine(line),
        language: {
          ask: async (request) => {
            const engine = store.getState().engine;
            if (!engine) throw new Error("no engine");
            return engine.language(request);
          },
          // A target or a --build-arg that named a renamed stage or ARG follows it.
          onRenamed: (renamed) => {
            const state = store.getState();
            const next = settingsAfterRename(selectBuildSettings(documentId)(state), renamed);
            if (next) state.setBuildSettings(documentId, next);
          },
          lessonLink: (topic) => {
            const lesson = lessonForTopic(topic);
            return lesson ? { title: lesson.title, href: lessonHref(lesson.id) } : null;
          },
        },
      });
    },
    `${documentId}\n${label}\n${starter}`,
    // The cursor belonged to this document; the next one reports its own.
    () => store.getState().setCursorLine(null),
  );

  // The store is the source of truth: a reset, an undo of a reset or another tab changes it here.
  // Its value now, not this render's `text`: keys typed since the render are in the store already,
  // and setting the older text would undo them and move the cursor.
  useEffect(
    () => handle.current?.setValue(selectDocument(documentId, starter)(store.getState())),
    [text, load, documentId, starter, store],
  );
  useEffect(() => handle.current?.setTheme(theme), [theme, load]);
  // In the commit that shows a new analysis, so the markers and the panels change in the same frame.
  useLayoutEffect(() => {
    if (!handle.current) return;
    // Most keystrokes leave the findings as they were: Monaco then has nothing to redraw.
    const next = diagnostics ?? [];
    if (!shownMarkers.current || !sameDiagnostics(shownMarkers.current, next))
      handle.current.setMarkers(next);
    shownMarkers.current = next;
    // The moment a keystroke's findings reach the editor, for `npm run bench:ui` (only the last is kept).
    performance.clearMarks(MARKERS_MARK);
    performance.mark(MARKERS_MARK);
  }, [diagnostics, analysis, load]);
  // A line asked for while Monaco is still loading is shown once it is there; one asked for before
  // this editor existed belongs to another document.
  const revealed = useRef(store.getState().reveal?.seq ?? 0);
  useEffect(() => {
    if (!reveal || reveal.seq === revealed.current || !handle.current) return;
    revealed.current = reveal.seq;
    handle.current.revealLine(reveal.line, reveal.focus);
  }, [reveal, load]);

  return (
    <div className="editor" data-state={load.status}>
      <div ref={host} className="editor-host nokey" hidden={load.status === "failed"} />
      {load.status === "loading" && (
        <div className="editor-fallback" aria-live="polite">
          <p className="editor-status">Loading the editor…</p>
          <pre className="editor-preview">{text}</pre>
        </div>
      )}
      {load.status === "failed" && (
        <div className="editor-fallback">
          <p className="editor-status" role="alert">
            The code editor could not load ({load.reason}). You can keep editing in this plain text box; your
            text is saved as you type.
          </p>
          <textarea
            className="editor-textarea"
            aria-label={label}
            spellCheck={false}
            value={text}
            onChange={(e) => store.getState().setDocument(documentId, e.target.value)}
          />
        </div>
      )}
    </div>
  );
}
