import type { LayerView, StageIndex, StageView } from "../../engine";
import { LineButton } from "./LineButton";
import { Size } from "./Size";

const KNOWLEDGE_LABEL = { known: null, partial: "partly known effect", unknown: "unknown effect" } as const;

/** A stage's layers bottom to top: the instruction that made each, its size and what is not known. */
export function LayerList({
  layers,
  stages,
  shown,
}: {
  layers: readonly LayerView[];
  stages: readonly StageView[];
  /** The stage on screen: layers its FROM <stage> chain made say which stage made them. */
  shown: StageIndex;
}) {
  return (
    <section className="image-section" aria-labelledby="image-layers-title">
      <h3 id="image-layers-title">
        Layers <span className="image-muted">({layers.length}, bottom to top)</span>
      </h3>
      <ol className="layer-list">
        {layers.map((layer) => {
          const stage = stages[layer.stage];
          const line = layer.line ?? stage?.line ?? null;
          const knowledge = KNOWLEDGE_LABEL[layer.knowledge];
          return (
            <li key={layer.id} className="layer">
              <div className="layer-head">
                {layer.knowledge === "unknown" && layer.sizeBytes === 0 ? (
                  // Nothing known was added: "0B" would claim the layer is empty.
                  <span className="image-size">size unknown</span>
                ) : (
                  <Size bytes={layer.sizeBytes} estimated={layer.estimated} />
                )}
                <code className="layer-instruction">
                  {layer.kind === "base" ? `FROM ${layer.instruction}` : layer.instruction}
                </code>
              </div>
              <div className="layer-meta">
                {line !== null && <LineButton line={line} />}
                {stage && layer.stage !== shown && (
                  <span className="image-muted">from stage {stage.displayName}</span>
                )}
                {knowledge && <span className={`layer-knowledge layer-${layer.knowledge}`}>{knowledge}</span>}
                {layer.deleted > 0 && (
                  <span className="image-muted">
                    deletes {layer.deleted} path{layer.deleted === 1 ? "" : "s"}
                  </span>
                )}
              </div>
              {layer.notes.length > 0 && (
                <details className="layer-notes">
                  <summary>Notes ({layer.notes.length})</summary>
                  <ul>
                    {layer.notes.map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
