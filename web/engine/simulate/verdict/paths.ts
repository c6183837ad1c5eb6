// Path arithmetic for the image's filesystem: absolute, "/"-separated, no trailing slash.
import type { FileNode } from "../types";

/** Resolves `.` and `..` and repeated slashes; `relative` paths are taken against `cwd`. */
export function normalizePath(path: string, cwd = "/"): string {
  const absolute = path.startsWith("/") ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of absolute.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

export function dirname(path: string): string {
  const index = path.lastIndexOf("/");
  return index <= 0 ? "/" : path.slice(0, index);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`);
}

/** Whether `path` is `dir` or lies below it. */
export function isAtOrUnder(path: string, dir: string): boolean {
  return dir === "/" || path === dir || path.startsWith(`${dir}/`);
}

/** The directories above `path`, nearest first, "/" last. */
export function ancestors(path: string): string[] {
  const result: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    result.push(dir);
    if (dir === "/") return result;
  }
}

/** The directories a copy mapped onto each other: the node's old and new path without their common tail. */
function copyRoots(from: string, to: string): { source: string; destination: string } {
  const a = from.split("/");
  const b = to.split("/");
  while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
    a.pop();
    b.pop();
  }
  return { source: a.join("/") || "/", destination: b.join("/") || "/" };
}

/**
 * Where a path written into a file's facts (at install time, in the stage that made it) is now, after
 * COPY --from moved the file: `/build/.venv/bin/gunicorn` of a node copied from
 * `/build/.venv/lib/python3.12/site-packages/gunicorn` to `/app/.venv/lib/python3.12/site-packages/gunicorn`
 * is `/app/.venv/bin/gunicorn`. Paths outside what the copy moved are returned unchanged.
 */
/** The deepest directory holding all of `paths` (a COPY's source root, from what it copied). */
export function commonAncestor(paths: readonly string[]): string {
  if (paths.length === 0) return "/";
  let root = paths[0] ?? "/";
  for (const path of paths) while (!isAtOrUnder(path, root)) root = dirname(root);
  return root;
}

export function relocate(path: string, node: FileNode): string {
  const from = node.copiedFrom?.path;
  if (from === undefined || from === node.path) return path;
  const { source, destination } = copyRoots(from, node.path);
  if (!isAtOrUnder(path, source)) return path;
  return normalizePath(destination + (source === "/" ? path : path.slice(source.length)));
}
