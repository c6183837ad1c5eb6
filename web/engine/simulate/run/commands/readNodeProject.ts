// An npm project as the stage's filesystem shows it: package.json's dependencies and scripts, and
// the catalog's measured project it resembles (Vite React, create-react-app, Express) for sizes.
import type { Figure, NodeProjectFigure } from "../../catalog";
import { NODE_PROJECTS } from "../../catalog";
import type { ShellState } from "../runState";

export interface NodeProject {
  dir: string;
  /** False when package.json does not exist; its text may still be unknown (`readable`). */
  exists: boolean;
  readable: boolean;
  lockfile: boolean;
  dependencies: string[];
  devDependencies: string[];
  scripts: Record<string, string>;
  figure: NodeProjectFigure | null;
}

/** Packages that compile a native addon (node-gyp or a prebuilt binary for one libc). */
const NATIVE = [
  "bcrypt",
  "sharp",
  "better-sqlite3",
  "sqlite3",
  "node-sass",
  "canvas",
  "argon2",
  "re2",
  "cpu-features",
];

export function readNodeProject(state: ShellState, dir: string): NodeProject {
  const path = `${dir === "/" ? "" : dir}/package.json`;
  const text = state.fs.readText(path);
  const exists = text !== undefined || state.fs.mayExist(path);
  const lockfile = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"].some((name) =>
    state.fs.mayExist(`${dir === "/" ? "" : dir}/${name}`),
  );
  let json: Record<string, unknown> = {};
  let readable = false;
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object") {
        json = parsed as Record<string, unknown>;
        readable = true;
      }
    } catch {
      readable = false;
    }
  }
  const keys = (value: unknown) => (value && typeof value === "object" ? Object.keys(value) : []);
  const scripts: Record<string, string> = {};
  const rawScripts = json.scripts;
  if (rawScripts && typeof rawScripts === "object") {
    for (const [name, value] of Object.entries(rawScripts))
      if (typeof value === "string") scripts[name] = value;
  }
  const dependencies = keys(json.dependencies);
  const devDependencies = keys(json.devDependencies);
  return {
    dir,
    exists,
    readable,
    lockfile,
    dependencies,
    devDependencies,
    scripts,
    figure: matchFigure(dependencies, devDependencies),
  };
}

function matchFigure(
  dependencies: readonly string[],
  devDependencies: readonly string[],
): NodeProjectFigure | null {
  const all = [...dependencies, ...devDependencies];
  const name = all.includes("react-scripts")
    ? "create-react-app"
    : all.includes("vite") && all.includes("react")
      ? "vite-react"
      : dependencies.includes("express") && devDependencies.length === 0 && dependencies.length <= 3
        ? "express"
        : null;
  return NODE_PROJECTS.find((project) => project.name === name) ?? null;
}

// Outside the catalog's projects: about 3 MB per runtime dependency (Express with its 68 packages
// is 2.9 MB) and 6 MB per devDependency (build tools pull large trees: the Vite app's 10 are
// ~56 MB). EST, for a learner to see the shape, flagged on the node.
const PER_DEPENDENCY = 3_000_000;
const PER_DEV_DEPENDENCY = 6_000_000;

export interface ModulesSize {
  bytes: number;
  estimated: boolean;
}

export function modulesSize(project: NodeProject, production: boolean): ModulesSize {
  const figure = project.figure;
  const measured: Figure | null = figure
    ? production
      ? figure.productionNodeModules
      : figure.nodeModules
    : null;
  if (measured) return { bytes: measured.bytes, estimated: measured.estimated };
  const deps = Math.max(1, project.dependencies.length);
  const bytes =
    deps * PER_DEPENDENCY + (production ? 0 : project.devDependencies.length * PER_DEV_DEPENDENCY);
  return { bytes, estimated: true };
}

/** The node_modules directory of a project in `dir`. */
export function modulesPath(dir: string): string {
  return `${dir === "/" ? "" : dir}/node_modules`;
}

export function hasNativeAddon(packages: readonly string[]): boolean {
  return packages.some((name) => NATIVE.includes(name));
}
