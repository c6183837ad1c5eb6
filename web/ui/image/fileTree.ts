// A stage's files as the explorer's tree: nodes built from the engine's sorted rows, the rows a
// person sees for the folders they opened, and the WAI-ARIA tree keys over those rows.
import { formatSize, type FileRow } from "../../engine";

export interface FileTreeNode {
  path: string;
  /** The last path segment; "/" for the root. */
  name: string;
  /** The engine's row, or null for a folder only implied by the paths under it. */
  row: FileRow | null;
  children: FileTreeNode[];
  /** The node's own bytes and everything under it, deleted files included (their layer keeps them). */
  totalBytes: number;
  /** Some of `totalBytes` is an estimate. */
  estimated: boolean;
}

export interface VisibleRow {
  node: FileTreeNode;
  level: number;
  posInSet: number;
  setSize: number;
  /** Null for a leaf. */
  expanded: boolean | null;
  parent: string | null;
}

const parentOf = (path: string): string => {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "/" : path.slice(0, slash);
};

/** The tree under "/" of a stage's rows, folders first, then by name. */
export function buildFileTree(files: readonly FileRow[]): FileTreeNode {
  const root: FileTreeNode = {
    path: "/",
    name: "/",
    row: null,
    children: [],
    totalBytes: 0,
    estimated: false,
  };
  const nodes = new Map<string, FileTreeNode>([["/", root]]);
  const nodeAt = (path: string): FileTreeNode => {
    let node = nodes.get(path);
    if (node) return node;
    node = {
      path,
      name: path.slice(path.lastIndexOf("/") + 1),
      row: null,
      children: [],
      totalBytes: 0,
      estimated: false,
    };
    nodes.set(path, node);
    nodeAt(parentOf(path)).children.push(node);
    return node;
  };
  for (const row of files) nodeAt(row.path).row = row;
  const finish = (node: FileTreeNode) => {
    node.children.sort((a, b) => Number(isFolder(b)) - Number(isFolder(a)) || compare(a.name, b.name));
    node.totalBytes = node.row?.sizeBytes ?? 0;
    node.estimated = (node.row?.estimated ?? false) && node.totalBytes > 0;
    for (const child of node.children) {
      finish(child);
      node.totalBytes += child.totalBytes;
      node.estimated ||= child.estimated;
    }
  };
  finish(root);
  return root;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function isFolder(node: FileTreeNode): boolean {
  return node.children.length > 0 || node.row === null || node.row.type === "dir";
}

/** The rows shown when the folders in `expanded` are open, root first. */
export function visibleRows(root: FileTreeNode, expanded: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const walk = (
    node: FileTreeNode,
    level: number,
    posInSet: number,
    setSize: number,
    parent: string | null,
  ) => {
    const open = node.children.length > 0 ? expanded.has(node.path) : null;
    rows.push({ node, level, posInSet, setSize, expanded: open, parent });
    if (!open) return;
    node.children.forEach((child, i) => walk(child, level + 1, i + 1, node.children.length, node.path));
  };
  walk(root, 1, 1, 1, null);
  return rows;
}

/**
 * The folders open when a stage's tree is first shown: the root, and those holding what the
 * Dockerfile's own lines added (at most `limit` folders), so the learner's files are in view.
 */
export function initiallyExpanded(files: readonly FileRow[], limit = 40): Set<string> {
  const open = new Set<string>(["/"]);
  for (const row of files) {
    if (row.line === null) continue;
    for (let p = parentOf(row.path); p !== "/" && !open.has(p); p = parentOf(p)) {
      if (open.size >= limit) return open;
      open.add(p);
    }
  }
  return open;
}

/** The tree item's accessible name: file name and size, and what marks it. */
export function treeItemName(node: FileTreeNode): string {
  const parts = [`${node.name} ${formatSize(node.totalBytes)}`];
  if (node.estimated) parts.push("estimated");
  if (node.row?.deleted) parts.push("deleted");
  if (node.row?.line != null) parts.push(`added by line ${node.row.line}`);
  return parts.join(", ");
}

export interface TreeMove {
  focus: string;
  expanded: ReadonlySet<string>;
}

/** What a key does in the tree (WAI-ARIA tree pattern); null when the key is not the tree's. */
export function treeKeyDown(
  rows: readonly VisibleRow[],
  focused: string,
  key: string,
  expanded: ReadonlySet<string>,
): TreeMove | null {
  const index = rows.findIndex((r) => r.node.path === focused);
  const row = rows[index];
  if (!row) return rows[0] ? { focus: rows[0].node.path, expanded } : null;
  const at = (i: number): TreeMove => ({
    focus: rows[Math.max(0, Math.min(rows.length - 1, i))]!.node.path,
    expanded,
  });
  const toggled = (open: boolean): ReadonlySet<string> => {
    const next = new Set(expanded);
    if (open) next.add(row.node.path);
    else next.delete(row.node.path);
    return next;
  };
  switch (key) {
    case "ArrowDown":
      return at(index + 1);
    case "ArrowUp":
      return at(index - 1);
    case "Home":
      return at(0);
    case "End":
      return at(rows.length - 1);
    case "ArrowRight":
      if (row.expanded === false) return { focus: focused, expanded: toggled(true) };
      if (row.expanded === true) return at(index + 1);
      return { focus: focused, expanded };
    case "ArrowLeft":
      if (row.expanded === true) return { focus: focused, expanded: toggled(false) };
      return { focus: row.parent ?? focused, expanded };
    case "Enter":
    case " ":
      if (row.expanded === null) return { focus: focused, expanded };
      return { focus: focused, expanded: toggled(!row.expanded) };
    default:
      return null;
  }
}
