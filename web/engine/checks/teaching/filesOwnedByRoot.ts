// The app runs as a non-root USER, but its directory and the files COPY put there belong to root
// (COPY and COPY --from keep root ownership unless told otherwise): reading works, writing a log, an
// upload or a SQLite file fails. `COPY --chown` gives them to the user that runs the app.
import type { FileNode } from "../../simulate/types";
import { resolveUser, type RunUser } from "../../simulate/verdict/checkUser";
import { effectiveCommand } from "../../simulate/verdict/effectiveCommand";
import { planLaunch } from "../../simulate/verdict/launch";
import { basename, isAtOrUnder, joinPath } from "../../simulate/verdict/paths";
import { finalImage, isRootUser, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const FILES_OWNED_BY_ROOT = "files-owned-by-root";

function writable(node: FileNode, user: RunUser): boolean {
  if (node.uid === user.uid) return (node.mode & 0o200) !== 0;
  if (node.gid === user.gid) return (node.mode & 0o020) !== 0;
  return (node.mode & 0o002) !== 0;
}

/** The error the app's runtime prints when it cannot create a file in `dir`. */
function writeError(program: string, dir: string): string {
  const file = joinPath(dir, "data.db");
  const name = basename(program);
  if (name.startsWith("python") || name === "gunicorn" || name === "uvicorn")
    return `PermissionError: [Errno 13] Permission denied: '${file}'`;
  if (name === "node" || name === "npm") return `Error: EACCES: permission denied, open '${file}'`;
  return `open ${file}: permission denied`;
}

export const filesOwnedByRoot: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image || isRootUser(image.stage.config.user) || verdictFailure(image, "permissions")) return [];
  const user = resolveUser(image.view);
  const workdir = image.view.workdir;
  if (user.uid <= 0 || workdir === "/") return [];
  const dir = image.view.stat(workdir);
  if (!dir || dir.type !== "dir" || writable(dir, user)) return [];
  // The COPY that filled the directory with files the user cannot change: the line to add --chown to.
  const copy = image.stage.layers.find(
    (layer) =>
      (layer.kind === "copy" || layer.kind === "add") &&
      layer.line !== null &&
      layer.added.some(
        (node) => isAtOrUnder(node.path, workdir) && node.type === "file" && !writable(node, user),
      ),
  );
  if (!copy || copy.line === null) return [];
  // The program past wrapper scripts (node's docker-entrypoint.sh), as the verdict reads the command.
  const program = planLaunch(image.view, effectiveCommand(image.stage)).words[0] ?? "";
  const runtimeError = writeError(program, workdir);
  const who = user.written === String(user.uid) ? `uid ${user.uid}` : `${user.written} (uid ${user.uid})`;
  return [
    teachingDiagnostic(input, {
      rule: FILES_OWNED_BY_ROOT,
      // Whether the app writes there is not something the simulation can know: say it, don't warn.
      severity: "info",
      line: copy.line,
      message: `The app runs as ${who}, but ${workdir} and the files this COPY puts there belong to uid ${dir.uid} (mode 0${(dir.mode & 0o777).toString(8)}): the app can read them, but if it writes there (a log, an upload, a SQLite file) it fails with ${code(runtimeError)}.`,
      fix: `Give the files to the user that runs the app where they are copied: ${code(`COPY --chown=${user.written} …`)} (and create ${workdir} with that owner), or write to a directory the user owns.`,
      url: "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod",
    }),
  ];
};
