import { describe, expect, it } from "vitest";
import type { FileRow } from "../../engine";
import { buildFileTree, initiallyExpanded, treeItemName, treeKeyDown, visibleRows } from "./fileTree";

const row = (
  path: string,
  type: FileRow["type"],
  sizeBytes: number,
  extra: Partial<FileRow> = {},
): FileRow => ({
  path,
  type,
  sizeBytes,
  bulk: false,
  estimated: false,
  layerId: "s1.l0",
  line: null,
  origin: "base image alpine:3.20",
  deleted: false,
  ...extra,
});

const FILES: FileRow[] = [
  row("/", "dir", 3_000_000, { bulk: true, estimated: true }),
  row("/etc", "dir", 0),
  row("/etc/passwd", "file", 1_000),
  row("/server", "file", 7_500_000, {
    estimated: true,
    line: 12,
    layerId: "s1.l1",
    origin: "copied from build:/out/server (line 12)",
  }),
  row("/app", "dir", 0, { line: 3 }),
  row("/app/deep", "dir", 0, { line: 3 }),
  row("/app/deep/old.txt", "file", 500, { line: 3, deleted: true }),
];

describe("buildFileTree", () => {
  const root = buildFileTree(FILES);

  it("puts folders before files and sums what is under each folder", () => {
    expect(root.children.map((c) => c.name)).toEqual(["app", "etc", "server"]);
    expect(root.totalBytes).toBe(3_000_000 + 1_000 + 7_500_000 + 500);
    expect(root.children[0]?.totalBytes).toBe(500);
  });

  it("creates a folder a path implies but the rows do not list", () => {
    const tree = buildFileTree([row("/a/b/c.txt", "file", 10)]);
    expect(tree.children[0]?.path).toBe("/a");
    expect(tree.children[0]?.row).toBeNull();
    expect(tree.children[0]?.children[0]?.children[0]?.totalBytes).toBe(10);
  });

  it("names a tree item by file name and size, with its marks and line", () => {
    const server = root.children.find((c) => c.name === "server")!;
    expect(treeItemName(server)).toBe("server 7.5MB, estimated, added by line 12");
    const old = root.children[0]!.children[0]!.children[0]!;
    expect(treeItemName(old)).toBe("old.txt 500B, deleted, added by line 3");
  });
});

describe("visibleRows", () => {
  const root = buildFileTree(FILES);

  it("shows only the root's children when only the root is open", () => {
    const rows = visibleRows(root, new Set(["/"]));
    expect(rows.map((r) => [r.node.path, r.level, r.posInSet, r.setSize, r.expanded])).toEqual([
      ["/", 1, 1, 1, true],
      ["/app", 2, 1, 3, false],
      ["/etc", 2, 2, 3, false],
      ["/server", 2, 3, 3, null],
    ]);
  });

  it("opens the folders holding what the Dockerfile's own lines added", () => {
    expect([...initiallyExpanded(FILES)].sort()).toEqual(["/", "/app", "/app/deep"]);
  });
});

describe("treeKeyDown", () => {
  const root = buildFileTree(FILES);
  const open = new Set(["/"]);
  const rows = visibleRows(root, open);

  it("moves down and up, and stops at the ends", () => {
    expect(treeKeyDown(rows, "/", "ArrowDown", open)?.focus).toBe("/app");
    expect(treeKeyDown(rows, "/server", "ArrowDown", open)?.focus).toBe("/server");
    expect(treeKeyDown(rows, "/", "ArrowUp", open)?.focus).toBe("/");
    expect(treeKeyDown(rows, "/etc", "End", open)?.focus).toBe("/server");
    expect(treeKeyDown(rows, "/etc", "Home", open)?.focus).toBe("/");
  });

  it("opens a closed folder with ArrowRight, then enters it", () => {
    const opened = treeKeyDown(rows, "/etc", "ArrowRight", open)!;
    expect(opened.expanded.has("/etc")).toBe(true);
    const next = visibleRows(root, opened.expanded);
    expect(treeKeyDown(next, "/etc", "ArrowRight", opened.expanded)?.focus).toBe("/etc/passwd");
  });

  it("closes an open folder with ArrowLeft, or goes to the parent", () => {
    expect(treeKeyDown(rows, "/", "ArrowLeft", open)?.expanded.has("/")).toBe(false);
    expect(treeKeyDown(rows, "/server", "ArrowLeft", open)?.focus).toBe("/");
  });

  it("toggles a folder with Enter and Space, and leaves a file as it is", () => {
    expect(treeKeyDown(rows, "/app", "Enter", open)?.expanded.has("/app")).toBe(true);
    expect(treeKeyDown(rows, "/", " ", open)?.expanded.has("/")).toBe(false);
    expect(treeKeyDown(rows, "/server", "Enter", open)?.expanded).toBe(open);
  });

  it("ignores keys that are not the tree's", () => {
    expect(treeKeyDown(rows, "/", "a", open)).toBeNull();
  });
});
