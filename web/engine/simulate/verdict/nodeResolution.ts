// Node's CommonJS resolution, as far as the verdict needs it: a file with its usual extensions or a
// directory's index.js, and packages in node_modules next to the requiring file or above it, then
// NODE_PATH.
import type { FileFact, FileNode } from "../types";
import type { ImageView, Lookup } from "./imageView";
import { basename, dirname, joinPath, normalizePath } from "./paths";

type NodeModules = Extract<FileFact, { kind: "node-modules" }>;
type Hit = Extract<Lookup, { found: true }>;

const EXTENSIONS = ["", ".js", ".mjs", ".cjs", ".json", "/index.js", "/index.mjs", "/index.cjs"];

/** The file `node <path>` or `require("./path")` loads, or null. */
export function resolveNodeFile(view: ImageView, path: string): Hit | null {
  for (const extension of EXTENSIONS) {
    const lookup = view.resolve(path + extension);
    if (lookup.found && lookup.node.type !== "dir") return lookup;
  }
  return null;
}

/** `express` for "express/lib/router", `@scope/pkg` for "@scope/pkg/x". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** The node_modules directories searched from a file, nearest first, then NODE_PATH. */
export function nodeModulesDirs(view: ImageView, from: string): string[] {
  const dirs: string[] = [];
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (basename(dir) !== "node_modules") dirs.push(joinPath(dir, "node_modules"));
    if (dir === "/") break;
  }
  const nodePath = (view.env.NODE_PATH ?? "").split(":").filter((dir) => dir !== "");
  return [...dirs, ...nodePath.map((dir) => normalizePath(dir, view.workdir))];
}

export type PackageHit = { dir: string; node: FileNode; fact: NodeModules | null; doubtful: boolean };

/** Where `name` is found from `from`, or null. */
export function findPackage(view: ImageView, from: string, name: string): PackageHit | null {
  for (const dir of nodeModulesDirs(view, from)) {
    const lookup = view.resolve(dir);
    // A node_modules only guessed inside some other unlisted tree (a dist/) is not one.
    if (!lookup.found || lookup.assumed) continue;
    const fact = lookup.node.facts.find((f): f is NodeModules => f.kind === "node-modules") ?? null;
    if (fact) {
      if (fact.packages.includes(name)) return { dir, node: lookup.node, fact, doubtful: false };
      continue;
    }
    const inside = view.resolve(joinPath(dir, name));
    if (inside.found) return { dir, node: lookup.node, fact: null, doubtful: inside.assumed };
  }
  return null;
}
