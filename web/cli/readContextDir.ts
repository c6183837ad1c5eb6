// `--context DIR`: the build context read from disk, with real sizes. Text is read for files under
// 1 MB (what the simulator reads: requirements.txt, package.json, sources, .dockerignore); binary
// files (a NUL byte) and bigger ones carry their size only.
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContextFile } from "../engine/simulate/types";

const TEXT_LIMIT = 1_000_000;

/** Every regular file under `root`, paths relative to it with "/" separators. */
export async function readContextDir(root: string): Promise<ContextFile[]> {
  const files: ContextFile[] = [];
  const pending = [""];
  while (pending.length > 0) {
    const relative = pending.pop() as string;
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        const stats = await lstat(join(root, path));
        const file: ContextFile = { path, sizeBytes: stats.size, mode: stats.mode & 0o7777 };
        if (entry.isFile() && stats.size < TEXT_LIMIT) {
          const bytes = await readFile(join(root, path));
          if (!bytes.includes(0)) file.content = bytes.toString("utf8");
        }
        files.push(file);
      }
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
