// Servers started through a console script name the app as `module:attribute`
// (`gunicorn app:app`, `uvicorn main:app`), and `flask run` finds it through FLASK_APP or as app.py
// or wsgi.py; the module is a file under WORKDIR whose imports matter.
import type { FileNode } from "../types";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { basename, normalizePath } from "./paths";

const APP_SPEC = /^([A-Za-z_][\w.]*):[A-Za-z_][\w.()]*$/;

function moduleFile(view: ImageView, module: string): FileNode | null {
  const lookup = view.resolve(normalizePath(`${module.replace(/\./g, "/")}.py`, view.workdir));
  return lookup.found ? lookup.node : null;
}

/** The module `flask run` loads: --app or FLASK_APP, else app.py or wsgi.py in the working directory. */
function flaskApp(view: ImageView, launch: Launch): { node: FileNode; line: number | null } | null {
  const words = launch.words;
  if (basename(words[0] ?? "") !== "flask") return null;
  const flag = words.findIndex((word) => word === "--app" || word === "-A");
  const named = flag >= 0 ? words[flag + 1] : view.env.FLASK_APP;
  const line = launch.lines[flag >= 0 ? flag + 1 : 0] ?? null;
  for (const module of named ? [named.split(":")[0] ?? named] : ["app", "wsgi"]) {
    const node = moduleFile(view, module.replace(/\.py$/, ""));
    if (node) return { node, line };
  }
  return null;
}

export function consoleScriptApp(
  view: ImageView,
  launch: Launch,
): { node: FileNode; line: number | null } | null {
  for (let i = 1; i < launch.words.length; i++) {
    const module = APP_SPEC.exec(launch.words[i] ?? "")?.[1];
    if (!module) continue;
    const node = moduleFile(view, module);
    return node ? { node, line: launch.lines[i] ?? null } : null;
  }
  return flaskApp(view, launch);
}
