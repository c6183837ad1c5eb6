import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { StageFlowNode } from "./toFlow";

const BADGES = { target: "target", built: "built", "not needed": "not needed" } as const;

/** One stage: its name, base image, simulated size and whether the target builds it. */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageFlowNode>) {
  return (
    <div
      className="stage-node"
      data-state={data.state}
      data-current={data.current || undefined}
      data-running={data.running || undefined}
    >
      <Handle
        type="target"
        position={data.direction === "LR" ? Position.Left : Position.Top}
        isConnectable={false}
      />
      <div className="stage-node-head">
        <span className="stage-node-name">{data.name}</span>
        <span className="stage-node-badge">{data.running ? "running" : BADGES[data.state]}</span>
      </div>
      <div className="stage-node-base" title={data.base}>
        {data.base || "no base"}
      </div>
      <div className="stage-node-foot" title={data.reason ?? undefined}>
        {data.size ? `${data.estimated ? "≈ " : ""}${data.size}` : (data.reason ?? "not simulated")}
      </div>
      {data.builderNote && (
        <div className="stage-node-note" title={data.builderNote}>
          {data.builderNote}
        </div>
      )}
      <Handle
        type="source"
        position={data.direction === "LR" ? Position.Right : Position.Bottom}
        isConnectable={false}
      />
    </div>
  );
});
