import { useState } from "react";
import type { AnalysisView, StageIndex } from "../../engine";
import { selectView } from "../../state/selectors";
import { useAppStore } from "../storeContext";
import { FileExplorer } from "./FileExplorer";
import { LayerList } from "./LayerList";
import { LeftBehindSection } from "./LeftBehindSection";
import { LineButton } from "./LineButton";
import { Size } from "./Size";
import { SizeByOriginBar } from "./SizeByOriginBar";
import { StagePicker, notBuiltReason } from "./StagePicker";
import { VerdictSection } from "./VerdictSection";
import { toolRole } from "./imageText";
import "./image.css";

/** The image explorer: any stage's layers and files, the final image's size by origin, its start verdict. */
export function ImageExplorer() {
  const view = useAppStore(selectView);
  const [picked, setPicked] = useState<StageIndex | null>(null);
  return (
    <section className="image-explorer" aria-label="Image explorer">
      {view ? (
        <ImageExplorerBody view={view} picked={picked} onPick={setPicked} />
      ) : (
        <p className="image-muted">Reading the Dockerfile…</p>
      )}
    </section>
  );
}

/** The stage to show: the one picked while it still exists, else the final image. */
export function shownStage(view: AnalysisView, picked: StageIndex | null): StageIndex | null {
  if (picked !== null && view.stages[picked]) return picked;
  return view.image?.target ?? view.target ?? view.defaultTarget;
}

export function ImageExplorerBody({
  view,
  picked,
  onPick,
}: {
  view: AnalysisView;
  picked: StageIndex | null;
  onPick: (stage: StageIndex) => void;
}) {
  const stageIndex = shownStage(view, picked);
  const stage = stageIndex === null ? undefined : view.stages[stageIndex];
  if (stageIndex === null || !stage) {
    return (
      <p className="image-muted">
        No stage yet: a Dockerfile starts with a FROM line, and its image shows here.
      </p>
    );
  }
  const finalStage = view.image?.target ?? null;
  const isFinal = stageIndex === finalStage;
  const stageImage = view.stageImages.find((s) => s.stage === stageIndex);
  const leftBehind = isFinal ? view.leftBehind : view.leftBehind.filter((l) => l.stage === stageIndex);
  const finalTools = new Set(view.image?.tools.map((t) => t.name));
  const builtCount = view.stages.filter((s) => s.built).length;

  return (
    <>
      <div className="image-toolbar">
        <StagePicker stages={view.stages} value={stageIndex} finalStage={finalStage} onChange={onPick} />
        <p className="image-muted image-legend">≈ marks sizes that are estimates.</p>
      </div>
      {view.failure && (
        <p className="image-failure" role="note">
          The build stops at line {view.failure.line}: {view.failure.message}{" "}
          <LineButton line={view.failure.line} />
        </p>
      )}
      {!stageImage ? (
        <p className="image-not-built">
          Stage {stage.displayName} is {notBuiltReason(stage)}. Choose it as the build&apos;s target to see
          its image.
        </p>
      ) : (
        <>
          <section className="image-section image-summary" aria-labelledby="image-summary-title">
            <h2 id="image-summary-title">
              {isFinal ? "Final image" : "Stage"} {stage.displayName}
            </h2>
            <p>
              <Size bytes={stageImage.sizeBytes} estimated={stageImage.estimatedBytes > 0} />
              {stageImage.estimatedBytes > 0 && stageImage.estimatedBytes < stageImage.sizeBytes && (
                <>
                  {" "}
                  (<Size bytes={stageImage.estimatedBytes} /> of it estimated)
                </>
              )}{" "}
              · {stageImage.fileCount} file{stageImage.fileCount === 1 ? "" : "s"} modelled ·{" "}
              {stageImage.layers.length} layer
              {stageImage.layers.length === 1 ? "" : "s"} · from <code>{stage.base}</code>
              {!stage.built && " · not built for this target"}
            </p>
            <p>
              {stageImage.tools.length === 0
                ? "No shell, compiler or package manager in it."
                : "Tools in it: "}
              {stageImage.tools.map((tool, i) => (
                <span key={tool.name}>
                  {i > 0 && ", "}
                  <code>{tool.name}</code> ({toolRole(tool)})
                </span>
              ))}
            </p>
          </section>
          {isFinal && view.image && (
            <>
              <VerdictSection verdict={view.image.verdict} />
              <SizeByOriginBar split={view.image.sizeByOrigin} estimatedBytes={view.image.estimatedBytes} />
            </>
          )}
          <LayerList layers={stageImage.layers} stages={view.stages} shown={stageIndex} />
          <FileExplorer
            key={stageIndex}
            stage={stageIndex}
            stageName={stage.displayName}
            version={view.version}
            layers={stageImage.layers}
          />
          {(isFinal || leftBehind.length > 0) && (
            <LeftBehindSection entries={leftBehind} singleStage={builtCount <= 1} finalTools={finalTools} />
          )}
        </>
      )}
    </>
  );
}
