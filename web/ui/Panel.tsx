import { useRef, type KeyboardEvent } from "react";
import { PANEL_TABS, type PanelTab } from "../state/types";
import { selectActiveTab, selectAnalysisError } from "../state/selectors";
import { DiagnosticsList } from "./DiagnosticsList";
import { useAppStore } from "./storeContext";

const TABS: Record<PanelTab, { label: string; missing: string; coming: string }> = {
  diagram: {
    label: "Diagram",
    missing: "Diagram",
    coming:
      "The stage diagram will draw every stage, the images they start from and each COPY --from between them, with the stages your target skips greyed out.",
  },
  build: {
    label: "Build",
    missing: "Build",
    coming:
      "The build player will replay the simulated build step by step, showing which steps run in parallel and which come from the cache.",
  },
  image: {
    label: "Image",
    missing: "Image",
    coming:
      "The image explorer will show the final image's layers, its size, every file with where it came from, and whether the image would start.",
  },
  checks: {
    label: "Checks",
    missing: "Lesson goals",
    coming:
      "Each lesson's goals will be listed here and checked against the simulated build as you type, with what still differs.",
  },
};

/** The right-hand panel: one tab per view of the engine's result. */
export function Panel() {
  const active = useAppStore(selectActiveTab);
  const setActive = useAppStore((s) => s.setActiveTab);
  const analysisError = useAppStore(selectAnalysisError);
  const buttons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});

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
            {TABS[tab].label}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${active}`} aria-labelledby={`tab-${active}`}>
        {analysisError && (
          <p className="analysis-error" role="alert">
            Stageplay could not analyse this Dockerfile: {analysisError}
          </p>
        )}
        {active === "checks" && <DiagnosticsList />}
        <div className="not-yet">
          <h2>{TABS[active].missing}: not available yet</h2>
          <p>{TABS[active].coming}</p>
        </div>
      </div>
    </section>
  );
}
