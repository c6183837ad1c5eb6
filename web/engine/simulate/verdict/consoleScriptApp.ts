// Servers started through a console script name the app as `module:attribute`
// (`gunicorn app:app`, `uvicorn main:app`); the module is a file under WORKDIR whose imports matter.
import type { FileNode } from "../types";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { normalizePath } from "./paths";

const APP_SPEC = /^([A-Za-z_][\w.]*):[A-Za-z_][\w.()]*$/;

export function consoleScriptApp(
  view: ImageView,
  launch: Launch,
): { node: FileNode; line: number | null } | null {
  for (let i = 1; i < launch.words.length; i++) {
    const module = APP_SPEC.exec(launch.words[i] ?? "")?.[1];
    if (!module) continue;
    const lookup = view.resolve(normalizePath(`${module.replace(/\./g, "/")}.py`, view.workdir));
    return lookup.found ? { node: lookup.node, line: launch.lines[i] ?? null } : null;
  }
  return null;
}
