import { useMemo, useState } from "react";
import type { FileRow, LayerView, StageIndex } from "../../engine";
import { FileTree } from "./FileTree";
import { LineButton } from "./LineButton";
import { Size } from "./Size";
import { buildFileTree, initiallyExpanded, visibleRows, type FileTreeNode, type TreeMove } from "./fileTree";
import { useStageFiles } from "./useStageFiles";

interface Props {
  stage: StageIndex;
  stageName: string;
  version: number;
  layers: readonly LayerView[];
}

/** A stage's files as a tree, and for the chosen one: the layer and line that added it. */
export function FileExplorer({ stage, stageName, version, layers }: Props) {
  const files = useStageFiles(stage, version, layers);
  const updating = files.status === "ready" && files.updating;
  return (
    <section className="image-section" aria-labelledby="image-files-title" aria-busy={updating}>
      <h3 id="image-files-title">
        Files
        {updating && <span className="image-muted image-updating"> · updating to your latest edit…</span>}
      </h3>
      {files.status === "loading" && <p className="image-muted">Reading the stage&apos;s files…</p>}
      {files.status === "failed" && (
        <p className="analysis-error">The files could not be read: {files.message}</p>
      )}
      {files.status === "ready" &&
        (files.tree.files.length === 0 ? (
          <p className="image-muted">This stage has no files Stageplay could model.</p>
        ) : (
          <FileBrowser files={files.tree.files} stageName={stageName} layers={files.tree.layers} />
        ))}
    </section>
  );
}

function FileBrowser({
  files,
  stageName,
  layers,
}: {
  files: FileRow[];
  stageName: string;
  layers: readonly LayerView[];
}) {
  const root = useMemo(() => buildFileTree(files), [files]);
  const [chosen, setChosen] = useState<{ expanded: ReadonlySet<string>; focus: string } | null>(null);
  const expanded = useMemo(() => chosen?.expanded ?? initiallyExpanded(files), [chosen, files]);
  const rows = useMemo(() => visibleRows(root, expanded), [root, expanded]);
  // After a re-analysis the chosen path may be gone: the root takes the focus.
  const focused = rows.find((r) => r.node.path === chosen?.focus)?.node ?? root;
  return (
    <div className="file-browser">
      <FileTree
        label={`Files of stage ${stageName}`}
        rows={rows}
        focused={focused.path}
        expanded={expanded}
        onMove={(move: TreeMove) => setChosen(move)}
      />
      <FileDetails node={focused} layers={layers} />
    </div>
  );
}

function FileDetails({ node, layers }: { node: FileTreeNode; layers: readonly LayerView[] }) {
  const row = node.row;
  const layer = row ? layers.find((l) => l.id === row.layerId) : undefined;
  return (
    <section className="file-details" aria-label="Chosen file">
      <p className="file-details-path">
        <code>{node.path}</code>
      </p>
      {!row ? (
        <p className="image-muted">
          A folder holding <Size bytes={node.totalBytes} estimated={node.estimated} />.
        </p>
      ) : (
        <dl>
          <dt>Size</dt>
          <dd>
            <Size bytes={row.sizeBytes} estimated={row.estimated} />
            {row.bulk && " (a whole tree Stageplay counts as one)"}
            {node.children.length > 0 && (
              <>
                {", "}
                <Size bytes={node.totalBytes} estimated={node.estimated} /> with what is under it
              </>
            )}
          </dd>
          <dt>From</dt>
          <dd>{row.origin}</dd>
          <dt>Added by</dt>
          <dd>
            {layer ? (
              <code>{layer.kind === "base" ? `FROM ${layer.instruction}` : layer.instruction}</code>
            ) : (
              "the base image"
            )}{" "}
            {row.line !== null && <LineButton line={row.line} />}
          </dd>
          {row.target !== undefined && (
            <>
              <dt>Points to</dt>
              <dd>
                <code>{row.target}</code>
              </dd>
            </>
          )}
          {row.deleted && (
            <>
              <dt>Deleted</dt>
              <dd>A later step deleted it; its bytes still count in the layer that added it.</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
