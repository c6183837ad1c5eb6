import type { StageIndex, StageView } from "../../engine";

/** Which stage the explorer shows: every stage, with those the target does not build said so. */
export function StagePicker({
  stages,
  value,
  finalStage,
  onChange,
}: {
  stages: readonly StageView[];
  value: StageIndex;
  finalStage: StageIndex | null;
  onChange: (stage: StageIndex) => void;
}) {
  return (
    <label className="stage-picker">
      Stage{" "}
      <select value={value} onChange={(e) => onChange(Number(e.target.value) as StageIndex)}>
        {stages.map((stage) => (
          <option key={stage.index} value={stage.index}>
            {stageOptionLabel(stage, finalStage)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function stageOptionLabel(stage: StageView, finalStage: StageIndex | null): string {
  if (stage.index === finalStage) return `${stage.displayName} (final image)`;
  if (!stage.built) return `${stage.displayName} (${notBuiltReason(stage)})`;
  return `${stage.displayName} (builder)`;
}

/** "not built: not needed for target final", said once even when the reason already says it. */
export function notBuiltReason(stage: StageView): string {
  const reason = stage.skippedBecause ?? "";
  return reason.includes("not built") ? reason : `not built${reason ? `: ${reason}` : ""}`;
}
