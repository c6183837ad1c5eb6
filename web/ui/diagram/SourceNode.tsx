import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { SourceFlowNode } from "./toFlow";

/** An external image read by COPY --from (dashed), or the build context. */
export const SourceNode = memo(function SourceNode({ data }: NodeProps<SourceFlowNode>) {
  return (
    <div className="source-node" data-kind={data.kind}>
      {data.kind === "image" && <span className="source-node-kind">image</span>}
      <span className="source-node-label" title={data.label}>
        {data.label}
      </span>
      <Handle
        type="source"
        position={data.direction === "LR" ? Position.Right : Position.Bottom}
        isConnectable={false}
      />
    </div>
  );
});
