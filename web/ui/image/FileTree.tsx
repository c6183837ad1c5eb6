import { useEffect, useRef, type KeyboardEvent } from "react";
import { Size } from "./Size";
import { treeItemName, treeKeyDown, type TreeMove, type VisibleRow } from "./fileTree";

interface Props {
  label: string;
  rows: readonly VisibleRow[];
  focused: string;
  expanded: ReadonlySet<string>;
  onMove: (move: TreeMove) => void;
}

/** A WAI-ARIA tree of files: one tab stop, arrows to move, open and close, Enter or Space to toggle. */
export function FileTree({ label, rows, focused, expanded, onMove }: Props) {
  const items = useRef(new Map<string, HTMLLIElement>());
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    items.current.get(focused)?.focus();
  }, [focused]);

  const onKeyDown = (e: KeyboardEvent) => {
    const move = treeKeyDown(rows, focused, e.key, expanded);
    if (!move) return;
    e.preventDefault();
    moveFocus.current = move.focus !== focused;
    onMove(move);
  };

  const toggle = (row: VisibleRow) => {
    const next = new Set(expanded);
    if (row.expanded) next.delete(row.node.path);
    else next.add(row.node.path);
    onMove({ focus: row.node.path, expanded: next });
  };

  return (
    <ul className="file-tree" role="tree" aria-label={label} onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const { node } = row;
        const deleted = node.row?.deleted ?? false;
        const isFocused = node.path === focused;
        return (
          <li
            key={node.path}
            ref={(el) => {
              if (el) items.current.set(node.path, el);
              else items.current.delete(node.path);
            }}
            role="treeitem"
            aria-label={treeItemName(node)}
            aria-level={row.level}
            aria-posinset={row.posInSet}
            aria-setsize={row.setSize}
            aria-expanded={row.expanded ?? undefined}
            aria-selected={isFocused}
            tabIndex={isFocused ? 0 : -1}
            className={`file-row${deleted ? " file-deleted" : ""}`}
            style={{ paddingInlineStart: `${(row.level - 1) * 14 + 4}px` }}
            onClick={() => (row.expanded === null ? onMove({ focus: node.path, expanded }) : toggle(row))}
          >
            <span className="file-twisty" aria-hidden="true">
              {row.expanded === null ? "" : row.expanded ? "▾" : "▸"}
            </span>
            <span className="file-name">{node.name}</span>
            {deleted && <span className="file-badge">deleted</span>}
            {node.row?.line != null && <span className="file-line">line {node.row.line}</span>}
            <span className="file-size">
              <Size bytes={node.totalBytes} estimated={node.estimated} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
