// The build context as COPY and ADD see it: the caller's files minus what `.dockerignore` leaves
// out, with the directories their paths imply.
import type { ContextFile, FileNode } from "../types";
import { dirNode, fileNode } from "../filesystem/fileNode";
import { fsOf, type LayeredFs } from "../filesystem/layeredFs";
import { normalizePath } from "../filesystem/paths";
import { isIgnored, parseDockerignore } from "./dockerignore";

export interface BuildContext {
  /** Files by path relative to the context root ("src/app.py"). */
  files: Map<string, ContextFile>;
  /** Directories implied by the files' paths ("" is the root). */
  dirs: Set<string>;
  /** Paths `.dockerignore` left out. */
  ignored: string[];
  /** Bytes sent to the builder (what BuildKit prints as "transferring context"). */
  sizeBytes: number;
}

/** Applies `.dockerignore` (when present among the files) and indexes what remains. */
export function buildContext(files: readonly ContextFile[]): BuildContext {
  const ignoreFile = files.find((f) => cleanContextPath(f.path) === ".dockerignore");
  const patterns = ignoreFile?.content ? parseDockerignore(ignoreFile.content) : [];
  const context: BuildContext = { files: new Map(), dirs: new Set([""]), ignored: [], sizeBytes: 0 };
  for (const file of files) {
    const path = cleanContextPath(file.path);
    if (path === "") continue;
    if (isIgnored(path, patterns)) {
      context.ignored.push(path);
      continue;
    }
    context.files.set(path, { ...file, path });
    context.sizeBytes += file.sizeBytes;
    for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) context.dirs.add(path.slice(0, i));
  }
  return context;
}

/** "./src//app.py" → "src/app.py"; "." and "/" → "". */
export function cleanContextPath(path: string): string {
  return normalizePath(path).slice(1);
}

/** The context as a filesystem rooted at "/", so COPY matches it the way it matches a stage. */
export function contextFs(context: BuildContext): LayeredFs {
  const nodes: [string, FileNode][] = [];
  nodes.push(["/", dirNode("/", { kind: "context", path: "" })]);
  for (const dir of context.dirs) {
    if (dir !== "") nodes.push(["/" + dir, dirNode("/" + dir, { kind: "context", path: dir })]);
  }
  for (const file of context.files.values()) {
    nodes.push([
      "/" + file.path,
      fileNode(
        "/" + file.path,
        { kind: "context", path: file.path },
        {
          sizeBytes: file.sizeBytes,
          mode: file.mode ?? 0o644,
          ...(file.content !== undefined ? { content: file.content } : {}),
        },
      ),
    ]);
  }
  return fsOf(nodes);
}
