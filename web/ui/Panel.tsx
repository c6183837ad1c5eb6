import { lazy, memo, Suspense, useRef, type KeyboardEvent } from "react";
import { PANEL_TABS, type DocumentId, type PanelTab } from "../state/types";
import { BuildControls } from "./BuildControls";
import { BuildPlayer } from "./build/BuildPlayer";
import { useBuildPlayback } from "./build/useBuildPlayback";
import { useTrackPreviousBuild } from "./build/previousBuild";
import { ImageExplorer } from "./image/ImageExplorer";
import { ContextEditor } from "./context/ContextEditor";
import type { ContextFile } from "../engine";
import { selectActiveTab, selectAnalysisError } from "../state/selectors";
import { DiagnosticsList } from "./DiagnosticsList";
import { LessonGoalsPanel } from "./lesson/LessonGoalsPanel";
import { useAppStore } from "./storeContext";

// React Flow and the layout code load with the Diagram tab, not with the app shell.
const DiagramView = lazy(() => import("./diagram/DiagramView").then((m) => ({ default: m.DiagramView })));

const TAB_LABELS: Record<PanelTab, string> = {
  diagram: "Diagram",
  build: "Build",
  image: "Image",
  context: "Context",
  checks: "Checks",
};

/** The right-hand panel: one tab per view of the engine's result. */
// Memoised: the workspace re-renders on every keystroke, the panel only when what it shows changes.
export const Panel = memo(function Panel({
  documentId,
  startingContext,
}: {
  documentId: DocumentId;
  /** The build context the document starts with (a lesson's folder, the playground's example). */
  startingContext: ContextFile[] | undefined;
}) {
  const active = useAppStore(selectActiveTab);
  const setActive = useAppStore((s) => s.setActiveTab);
  const analysisError = useAppStore(selectAnalysisError);
  const buttons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  useBuildPlayback();
  // "What your last change re-runs" compares each analysis with the one before it, including those
  // made while another tab is open.
  useTrackPreviousBuild();

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    const index = PANEL_TABS.indexOf(active);
    let next: PanelTab | undefined;
    if (step !== undefined) next = PANEL_TABS[(index + step + PANEL_TABS.length) % PANEL_TABS.length];
    else if (e.key === "Home") next = PANEL_TABS[0];
    else if (e.key === "End") next = PANEL_TABS[PANEL_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <section className="panel" aria-label="Results">
      <BuildControls documentId={documentId} />
      <div className="tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              buttons.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setActive(tab)}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${active}`} aria-labelledby={`tab-${active}`}>
        {analysisError && (
          <p className="analysis-error" role="alert">
            Stageplay could not analyse this Dockerfile: {analysisError}
          </p>
        )}
        {active === "diagram" && (
          <Suspense fallback={<p className="loading">Loading the diagram…</p>}>
            <DiagramView />
          </Suspense>
        )}
        {active === "build" && <BuildPlayer />}
        {active === "image" && <ImageExplorer />}
        {active === "context" && <ContextEditor documentId={documentId} startingContext={startingContext} />}
        {active === "checks" && (
          <>
            <LessonGoalsPanel documentId={documentId} />
            <DiagnosticsList
              currentLessonId={documentId.startsWith("lesson:") ? documentId.slice("lesson:".length) : null}
            />
          </>
        )}
      </div>
    </section>
  );
});
