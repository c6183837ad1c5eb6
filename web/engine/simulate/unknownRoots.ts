// Where a stage may hold files the simulator does not list: the roots its layers record
// (Layer.unknownUnder), how they travel with a COPY --from or a bind mount, and whether a path
// lies under one of them — in which case its absence is unknown, not a fact.
import { isWithin, joinPath } from "./filesystem/paths";
import type { Layer } from "./types";

/** Every path under which these layers may hold files the simulator does not list. */
export function unknownRootsOf(layers: readonly Layer[]): string[] {
  const roots: string[] = [];
  for (const layer of layers) if (layer.unknownUnder) for (const root of layer.unknownUnder) roots.push(root);
  return roots;
}

/** Whether `path` lies at or under one of `roots`. */
export function underUnknownRoot(roots: readonly string[] | undefined, path: string): boolean {
  return roots !== undefined && roots.some((root) => isWithin(path, root));
}

/**
 * Where the unknown parts of a source (`roots`) land when `from` is copied to `to`: all of `to` when
 * `from` lies inside an unknown root, the matching path under `to` when a root lies inside `from`.
 */
export function carriedRoots(roots: readonly string[], from: string, to: string): string[] {
  const carried: string[] = [];
  for (const root of roots) {
    if (isWithin(from, root)) carried.push(to);
    else if (isWithin(root, from)) carried.push(joinPath(to, root.slice(from === "/" ? 1 : from.length + 1)));
  }
  return carried;
}
