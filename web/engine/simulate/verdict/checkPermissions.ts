// A non-root USER needs read (and, for programs, execute) permission on the files it starts, and
// search permission on the directories above them. COPY --from keeps the builder's root ownership,
// so a 0700 directory or a 0600 file copied from a build stage is unreadable to USER app.
import type { FileNode } from "../types";
import type { RunUser } from "./checkUser";
import type { ImageView } from "./imageView";
import { ancestors } from "./paths";
import { code, failed, type Reason } from "./reason";

export type Reader = "exec" | "python" | "node" | "java";

export interface Access {
  node: FileNode;
  /** What reads the file: the kernel (exec) or an interpreter, which decides the error text. */
  by: Reader;
  /** The command word, for the interpreter's error prefix. */
  word: string;
}

function allowed(node: FileNode, user: RunUser, bit: 4 | 1): boolean {
  const bits = node.uid === user.uid ? node.mode >> 6 : node.gid === user.gid ? node.mode >> 3 : node.mode;
  return (bits & bit) !== 0;
}

function errorText(access: Access, path: string): string {
  switch (access.by) {
    case "exec":
      return `exec ${path}: permission denied`;
    case "python":
      return `${access.word}: can't open file '${path}': [Errno 13] Permission denied`;
    case "node":
      return `Error: EACCES: permission denied, open '${path}'`;
    case "java":
      return `Error: Unable to access jarfile ${path}`;
  }
}

/** The first node on the way to `access` (a directory above it, or the file) the user may not use. */
function blocked(view: ImageView, access: Access, user: RunUser): { node: FileNode; need: string } | null {
  for (const dir of ancestors(access.node.path).reverse()) {
    const node = view.stat(dir);
    if (node?.type === "dir" && !allowed(node, user, 1)) return { node, need: "enter (x)" };
  }
  const needsExec = access.by === "exec";
  if (needsExec && !allowed(access.node, user, 1)) return { node: access.node, need: "execute (x)" };
  if (access.by !== "exec" && !allowed(access.node, user, 4)) return { node: access.node, need: "read (r)" };
  return null;
}

export function checkPermissions(view: ImageView, user: RunUser, accesses: readonly Access[]): Reason[] {
  if (user.uid <= 0) return [];
  for (const access of accesses) {
    const problem = blocked(view, access, user);
    if (!problem) continue;
    const { node, need } = problem;
    const mode = `0${(node.mode & 0o777).toString(8)}`;
    return [
      failed(
        "permissions",
        `USER ${user.written} (uid ${user.uid}) cannot ${need} ${node.path}: it belongs to uid ${node.uid} with mode ${mode}.`,
        {
          runtimeError: errorText(access, access.node.path),
          line: view.lineOf(node) ?? view.stage.config.userLine,
          fix: `Give the files to that user where they are copied (${code(`COPY --chown=${user.written} …`)}) or make them readable (${code("COPY --chmod=755 …")}).`,
        },
      ),
    ];
  }
  return [];
}
