// What a Node app requires must be in a node_modules that node searches from the app's directory,
// and addons compiled for one libc do not load on the other (node:*-alpine vs node:*-slim).
import type { FileFact, FileNode } from "../types";
import { hasLibc, libcName } from "./imageLibc";
import type { ImageView } from "./imageView";
import { NODE_BUILTINS } from "./nodeBuiltins";
import {
  findPackage,
  nodeModulesDirs,
  packageName,
  resolveNodeFile,
  type PackageHit,
} from "./nodeResolution";
import { somethingUnknown } from "./explainMissingPython";
import { factElsewhere, madeBy } from "./otherStages";
import { dirname, isAtOrUnder, joinPath } from "./paths";
import { sourceImports } from "./sourceImports";
import { code, failed, passed, type Reason } from "./reason";

const MAX_SOURCES = 50;

function importsOf(node: FileNode): string[] {
  return sourceImports(node, "javascript") ?? [];
}

function isBuiltin(specifier: string): boolean {
  return (
    // "#internal" is a package.json subpath import, resolved inside the app's own package.
    specifier.startsWith("node:") ||
    specifier.startsWith("#") ||
    NODE_BUILTINS.has(specifier) ||
    NODE_BUILTINS.has(packageName(specifier))
  );
}

/** Packages needed by the app and the local files it requires, each with the file that requires it first. */
function neededPackages(view: ImageView, app: FileNode, appPath: string): { name: string; from: string }[] {
  const needed = new Map<string, string>();
  const queue: { file: FileNode; path: string }[] = [{ file: app, path: appPath }];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_SOURCES) {
    const { file, path } = queue.shift() ?? { file: app, path: appPath };
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of importsOf(file)) {
      if (isBuiltin(specifier)) continue;
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        const local = resolveNodeFile(view, joinPath(dirname(path), specifier));
        if (local && !local.assumed) queue.push({ file: local.node, path: local.path });
        continue;
      }
      const name = packageName(specifier);
      if (!needed.has(name)) needed.set(name, path);
    }
  }
  return [...needed].map(([name, from]) => ({ name, from }));
}

/** A RUN of this image that mounted a cache where node looks for packages from `from`. */
function cacheMountedModules(
  view: ImageView,
  from: string,
): { dir: string; target: string; line: number } | null {
  const dirs = nodeModulesDirs(view, from);
  for (const layer of view.stage.layers) {
    if (layer.line === null) continue;
    for (const target of layer.cacheMounts ?? []) {
      const dir = dirs.find((candidate) => isAtOrUnder(candidate, target));
      if (dir) return { dir, target, line: layer.line };
    }
  }
  return null;
}

function missing(view: ImageView, name: string, from: string, app: FileNode, line: number | null): Reason {
  const here = view.withFact("node-modules").find(({ fact }) => fact.packages.includes(name));
  const there = here ? null : factElsewhere(view, "node-modules", (fact) => fact.packages.includes(name));
  const omitted = view.withFact("node-modules").find(({ fact }) => fact.production);
  const cached = here || there ? null : cacheMountedModules(view, from);
  const explanation = here
    ? {
        message: `It is in ${here.node.path}, which node does not search from ${from} (it looks in ${nodeModulesDirs(view, from).join(", ")}).`,
        fix: `Put node_modules next to the app (or above it): copy it to ${code(joinPath(dirname(from), "node_modules"))}.`,
        line: view.lineOf(here.node),
      }
    : there
      ? {
          message: `In another stage, ${madeBy(there.stage, there.node)} installed it into ${there.node.path}, and nothing copies that into this image.`,
          fix: `Copy the production dependencies: ${code(`COPY --from=<stage> ${there.node.path} ${joinPath(dirname(from), "node_modules")}`)} (install them there with ${code("npm ci --omit=dev")}).`,
          line: app.copiedFrom?.line ?? view.lineOf(there.node),
        }
      : cached
        ? {
            message: `${cached.dir} was a cache mount on line ${cached.line} (${code(`--mount=type=cache,target=${cached.target}`)}): whatever that RUN wrote there stayed in the builder's cache, so none of it is in the image.`,
            fix: `Mount the cache at the package manager's download cache (${code("--mount=type=cache,target=/root/.npm")} for npm), not at node_modules, so the packages land in the layer.`,
            line: cached.line,
          }
        : {
            message: omitted
              ? `The node_modules at ${omitted.node.path} was installed without devDependencies; if ${name} is listed there, it was left out.`
              : somethingUnknown(view)
                ? `No step Stageplay understands installs it.`
                : `No step of this build installs it.`,
            fix: omitted
              ? `Move ${name} to "dependencies" in package.json, or install it in this stage.`
              : `Run ${code("npm ci --omit=dev")} in the stage the app runs in, or copy node_modules from the stage that installed it.`,
            line: omitted ? view.lineOf(omitted.node) : line,
          };
  return failed(
    "dependencies",
    `${from} requires ${code(name)}, which node cannot find. ${explanation.message}`,
    {
      runtimeError: `Error: Cannot find module '${name}'`,
      line: explanation.line,
      fix: explanation.fix,
    },
  );
}

type NodeModules = Extract<FileFact, { kind: "node-modules" }>;

function addonProblem(view: ImageView, hit: PackageHit & { fact: NodeModules }): Reason | null {
  const native = hit.fact.native;
  if (native === null || hasLibc(view, native)) return null;
  const glibcAddon = native === "glibc";
  return failed(
    "libc",
    `${hit.dir} holds native addons compiled against ${native}, but this image has ${libcName(view)}; they do not load across libc families.`,
    {
      runtimeError: glibcAddon
        ? `Error relocating ${hit.dir}/…/build/Release/….node: __snprintf_chk: symbol not found`
        : `Error: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory`,
      line: view.lineOf(hit.node),
      fix: `Install node_modules on the same libc family as the final image (both stages node:*-alpine, or both node:*-slim), or rebuild the addons in the final stage.`,
    },
  );
}

/**
 * npm hoists the dependencies of dependencies into the same node_modules, and the facts list only
 * the project's own: a package missing from a node_modules that is there may still be in it.
 */
function hoisted(view: ImageView, from: string, reason: Reason): Reason {
  const installed = nodeModulesDirs(view, from).find((dir) => {
    const lookup = view.resolve(dir);
    return (
      lookup.found &&
      !lookup.assumed &&
      lookup.node.facts.some((fact) => fact.kind === "node-modules" && fact.packages.length > 0)
    );
  });
  if (!installed) return reason;
  return {
    ...reason,
    message: `${reason.message} It is not among the packages installed in ${installed}, but if one of those depends on it, npm put it there too and the app would start.`,
    doubtful: true,
  };
}

export function checkNodeModules(
  view: ImageView,
  app: FileNode,
  appPath: string,
  line: number | null,
): Reason[] {
  if (sourceImports(app, "javascript") === null) {
    return [
      passed(
        "dependencies",
        `Stageplay did not read any require/import in ${appPath}, so it did not check its packages.`,
        line,
      ),
    ];
  }
  const reasons: Reason[] = [];
  const found: string[] = [];
  let doubtful = false;
  for (const { name, from } of neededPackages(view, app, appPath)) {
    const hit = findPackage(view, from, name);
    if (!hit) {
      reasons.push(hoisted(view, from, missing(view, name, from, app, line)));
      continue;
    }
    doubtful ||= hit.doubtful || hit.fact === null;
    found.push(`${name} (${hit.dir})`);
    const problem = hit.fact ? addonProblem(view, { ...hit, fact: hit.fact }) : null;
    if (problem && !reasons.some((r) => r.message === problem.message)) reasons.push(problem);
  }
  if (reasons.length > 0)
    return reasons.slice(0, 1).concat(reasons.slice(1).filter((r) => r.check !== "dependencies"));
  const what = found.length > 0 ? `: ${found.join(", ")}` : " (only Node's built-in modules)";
  return [
    {
      ...passed("dependencies", `What ${appPath} requires is where node looks${what}.`, line),
      ...(doubtful ? { doubtful } : {}),
    },
  ];
}
