// `npm start`, `npm run build`, `yarn start`: the command is a script of package.json, run by sh with
// node_modules/.bin first on PATH. Read it so the program it starts is checked too. Without a start
// script, npm start runs `node server.js`.
import type { Program } from "./checkCommand";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { basename, dirname, joinPath } from "./paths";
import { code, failed, passed, type Reason } from "./reason";
import { shellCommand } from "./shellWords";

const MANAGERS = new Set(["npm", "yarn", "pnpm"]);

/** The script name `npm start` / `npm run x` / `yarn x` asks for, or null when it is another command. */
function scriptName(manager: string, args: readonly string[]): string | null {
  const [first, second] = args;
  if (first === "start" || first === "test") return first;
  if ((first === "run" || first === "run-script") && second) return second;
  if (manager !== "npm" && first && !first.startsWith("-")) return first;
  return null;
}

/** The nearest package.json at or above the working directory, and its scripts when readable. */
function packageJson(view: ImageView): { path: string; scripts: Record<string, string> | null } | null {
  for (let dir = view.workdir; ; dir = dirname(dir)) {
    const path = joinPath(dir, "package.json");
    const lookup = view.resolve(path);
    if (lookup.found && lookup.node.type !== "dir") {
      try {
        const parsed = JSON.parse(lookup.node.content ?? "") as { scripts?: Record<string, string> };
        return { path, scripts: parsed.scripts ?? {} };
      } catch {
        return { path, scripts: null };
      }
    }
    if (dir === "/") return null;
  }
}

export type NpmRun = { view: ImageView; launch: Launch; reason: Reason } | { reason: Reason } | null;

export function npmScript(view: ImageView, launch: Launch, program: Program): NpmRun {
  const manager = basename(program.word);
  if (!MANAGERS.has(manager) || launch.partial) return null;
  const name = scriptName(manager, launch.words.slice(1));
  if (name === null) return null;
  const line = launch.lines[1] ?? program.line;
  const pkg = packageJson(view);
  if (!pkg) {
    return {
      reason: failed(
        "command",
        `${code(`${manager} ${name}`)} needs a package.json in ${view.workdir} or above it, and there is none.`,
        {
          runtimeError: `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${joinPath(view.workdir, "package.json")}'`,
          line,
          fix: `Copy package.json into the image (e.g. ${code(`COPY package.json ${view.workdir}/`)}), or start the app directly: ${code('CMD ["node", "server.js"]')}.`,
        },
      ),
    };
  }
  if (pkg.scripts === null) return null;
  const dir = dirname(pkg.path);
  const text =
    pkg.scripts[name] ??
    (name === "start" && view.resolve(joinPath(dir, "server.js")).found ? "node server.js" : undefined);
  if (text === undefined) {
    return {
      reason: failed(
        "command",
        `${pkg.path} has no ${code(name)} script for ${code(`${manager} ${name}`)} to run.`,
        {
          runtimeError: `npm error Missing script: "${name}"`,
          line,
          fix: `Add "${name}" to the scripts of package.json, or start the app directly: ${code('CMD ["node", "server.js"]')}.`,
        },
      ),
    };
  }
  const parsed = shellCommand(text);
  if (!parsed) return null;
  const scriptView: ImageView = {
    ...view,
    env: { ...view.env, PATH: `${joinPath(dir, "node_modules/.bin")}:${view.env.PATH ?? ""}` },
  };
  return {
    view: scriptView,
    launch: {
      ...launch,
      words: parsed.words,
      lines: parsed.words.map(() => line),
      shell: { program: "sh", kind: view.base?.shell.kind ?? null },
      partial: parsed.partial,
      wrapper: null,
      entrypointWords: 0,
      shellWord: null,
    },
    reason: passed(
      "command",
      `${code(`${manager} ${name}`)} runs ${code(text)}, the ${code(name)} script of ${pkg.path}.`,
      line,
    ),
  };
}
