import { memo, useState } from "react";
import type { AnalysisView } from "../../engine";
import { selectView } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { edgeAccessibleName, stageLabel } from "./toFlow";

/** The diagram as a list: each stage with what it depends on, for screen readers and for reading. */
export const DiagramText = memo(function DiagramText({ view }: { view: AnalysisView }) {
  const revealLine = useAppStore((s) => s.revealLine);
  const current = useAppStore(selectView);
  // Closed, the list is not drawn at all: typing then costs nothing here.
  const [open, setOpen] = useState(false);
  return (
    <details className="diagram-text" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Stages and edges as a list{current !== view ? " (last version that parsed)" : ""}</summary>
      {open && (
        <ol>
          {view.stages.map((stage) => {
            const incoming = view.edges.filter((e) => e.to === stage.index);
            return (
              <li key={stage.index}>
                <button type="button" className="link-button" onClick={() => revealLine(stage.line)}>
                  {stageLabel(view, stage)}
                </button>
                {incoming.length > 0 && (
                  <ul>
                    {incoming.map((edge) => (
                      <li key={edge.id}>{edgeAccessibleName(view, edge)}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
});
