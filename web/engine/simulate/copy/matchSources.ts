// Which paths of a source tree (the build context or another stage's filesystem) a COPY source
// names: an exact path, or a pattern matched one path element at a time as Go's filepath.Match.
import type { LayeredFs } from "../filesystem/layeredFs";
import { normalizePath } from "../filesystem/paths";
import { dirNode } from "../filesystem/fileNode";
import type { FileNode } from "../types";
import { elementPatternRegExp, hasWildcard } from "../context/globToRegExp";

const ROOT_ORIGIN = { kind: "base", imageId: "root" } as const;

/** The visible nodes a source names (files or directories), sorted; empty when nothing matches. */
export function matchSources(tree: LayeredFs, source: string): FileNode[] {
  const path = normalizePath(source);
  if (!hasWildcard(path)) {
    const node = tree.nodes.get(path);
    // Every filesystem has a root, listed as a node or not: `COPY --from=tools / /` copies it all.
    if (!node && path === "/") return [dirNode("/", ROOT_ORIGIN)];
    return node ? [node] : [];
  }
  const elements = path.split("/").slice(1);
  const regexps = elements.map((element) =>
    hasWildcard(element) ? elementPatternRegExp(element) : undefined,
  );
  const matches: FileNode[] = [];
  for (const node of tree.nodes.values()) {
    const parts = node.path.split("/").slice(1);
    if (parts.length !== elements.length) continue;
    let ok = true;
    for (let i = 0; ok && i < parts.length; i++) {
      const regexp = regexps[i];
      if (regexp === undefined) ok = parts[i] === elements[i];
      else ok = regexp !== null && regexp.test(parts[i] as string);
    }
    if (ok) matches.push(node);
  }
  return matches.sort((a, b) => (a.path < b.path ? -1 : 1));
}
