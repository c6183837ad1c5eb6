// Path arithmetic for the image's filesystem: absolute, "/"-separated, no trailing slash.
import type { FileNode } from "../types";
import { dirname, isWithin as isAtOrUnder, normalizePath } from "../filesystem/paths";

// One implementation of the path arithmetic the simulator shares (filesystem/paths.ts).
export { basename, dirname, isWithin as isAtOrUnder, normalizePath } from "../filesystem/paths";

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`);
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
