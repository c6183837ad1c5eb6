// A stage's files are kept sorted by path (`StageSimulation.files`): the editor's answers find a path
// and the entries under a directory by binary search, never by reading every file.
import type { FileNode } from "../simulate/types";

/** The index of the first file whose path is `path` or sorts after it. */
export function firstAtOrAfter(files: readonly FileNode[], path: string): number {
  let low = 0;
  let high = files.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((files[middle] as FileNode).path < path) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The file or directory at exactly `path`, or null. */
export function fileAt(files: readonly FileNode[], path: string): FileNode | null {
  const node = files[firstAtOrAfter(files, path)];
  return node?.path === path ? node : null;
}
