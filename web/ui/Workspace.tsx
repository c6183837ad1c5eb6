import { useEffect, useMemo, useSyncExternalStore, type CSSProperties, type ReactNode } from "react";
import type { Lesson } from "../content/types";
import type { AnalyzeOptions, ContextFile } from "../engine";
import type { DocumentId, LessonGoalsRequest } from "../state/types";
import { MIN_PANE } from "../state/slices";
import { selectBuildSettings, selectContext, selectDocument, selectPaneSizes } from "../state/selectors";
import { DockerfileEditor } from "./editor/DockerfileEditor";
import { ErrorBoundary } from "./ErrorBoundary";
import { Panel } from "./Panel";
import { Splitter } from "./Splitter";
import { useAppStore } from "./storeContext";

/** The editor never gets narrower than this when the side panes are dragged wider. */
const MIN_EDITOR = 320;

interface Props {
  side: ReactNode;
  sideLabel: string;
  documentId: DocumentId;
  starter: string;
  editorLabel: string;
  theme: "light" | "dark";
  /** The build context COPY starts with: a lesson's folder, the playground's example; the learner may edit it. */
  context?: ContextFile[];
  /** The lesson on screen: its goals are checked after each analysis. */
  lesson?: Lesson;
}

function subscribeToResize(onChange: () => void) {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

/** Lesson (or playground) pane, editor and results panel, side by side with splitters; stacked on phones. */
export function Workspace({
  side,
  sideLabel,
  documentId,
  starter,
  editorLabel,
  theme,
  context: starting,
  lesson,
}: Props) {
  const sizes = useAppStore(selectPaneSizes);
  const setPaneSizes = useAppStore((s) => s.setPaneSizes);
  const context = useAppStore(selectContext(documentId, starting));
  const settings = useAppStore(selectBuildSettings(documentId));
  const width = useSyncExternalStore(subscribeToResize, () => window.innerWidth);
  const goals = useMemo(
    () =>
      lesson && lesson.goals.length > 0
        ? { lessonId: lesson.id, goals: lesson.goals, starter: lesson.starter }
        : undefined,
    [lesson],
  );

  const options = useMemo<AnalyzeOptions>(
    () => ({
      ...(context ? { context } : {}),
      ...(settings.target ? { target: settings.target } : {}),
      ...(settings.builder ? { builder: settings.builder } : {}),
      ...(settings.buildArgs ? { buildArgs: settings.buildArgs } : {}),
      ...(settings.platform ? { platform: settings.platform } : {}),
    }),
    [context, settings],
  );

  const room = Math.max(MIN_PANE, width - MIN_EDITOR - 12);
  const style = {
    "--lesson-width": `${sizes.lesson}px`,
    "--panel-width": `${sizes.panel}px`,
  } as CSSProperties;

  return (
    <main className="workspace" style={style}>
      <AnalyzeDocument documentId={documentId} starter={starter} options={options} goals={goals} />
      <div className="pane pane-side" aria-label={sideLabel} role="region">
        <ErrorBoundary area="this pane">{side}</ErrorBoundary>
      </div>
      <Splitter
        label={`Resize ${sideLabel.toLowerCase()}`}
        value={sizes.lesson}
        min={MIN_PANE}
        max={Math.max(MIN_PANE, room - sizes.panel)}
        direction={1}
        onResize={(lesson) => setPaneSizes({ lesson })}
      />
      <div className="pane pane-editor" role="region" aria-label="Editor">
        <ErrorBoundary area="the editor">
          <DockerfileEditor
            key={documentId}
            documentId={documentId}
            starter={starter}
            label={editorLabel}
            theme={theme}
          />
        </ErrorBoundary>
      </div>
      <Splitter
        label="Resize results panel"
        value={sizes.panel}
        min={MIN_PANE}
        max={Math.max(MIN_PANE, room - sizes.lesson)}
        direction={-1}
        onResize={(panel) => setPaneSizes({ panel })}
      />
      <div className="pane pane-panel">
        {/* Keyed by document: what a panel remembers (the last diagram that parsed, the open stage) belongs to one file. */}
        <ErrorBoundary key={documentId} area="the results panel">
          <Panel documentId={documentId} startingContext={starting} />
        </ErrorBoundary>
      </div>
    </main>
  );
}

/**
 * Every keystroke is analyzed, without a delay (DESIGN.md: findings within one frame). The store
 * sends a keystroke's text to the engine as it arrives, with the options given here last; this asks
 * again when the document, its context or its settings change, or its text changes another way (a
 * reset, a shared link, another tab); the same request twice starts nothing. A component of its own
 * so that a keystroke re-renders it alone, not the workspace and its panels.
 */
function AnalyzeDocument({
  documentId,
  starter,
  options,
  goals,
}: {
  documentId: DocumentId;
  starter: string;
  options: AnalyzeOptions;
  goals: LessonGoalsRequest | undefined;
}) {
  const text = useAppStore(selectDocument(documentId, starter));
  const analyzeText = useAppStore((s) => s.analyzeText);
  useEffect(() => {
    void analyzeText(text, options, goals, documentId);
  }, [text, analyzeText, options, goals, documentId]);
  return null;
}
