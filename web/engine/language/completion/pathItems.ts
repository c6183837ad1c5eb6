// Paths a stage holds in the simulation, completed like a shell completes them: the entries directly
// under the typed directory that start with the typed name. With nothing typed yet, the paths the
// build itself made (a venv, site-packages, a binary) come first, above the base image's top folders.
import type { Analysis } from "../../analyze";
import { formatSize } from "../../simulate/formatSize";
import type { FileNode, StageSimulation } from "../../simulate/types";
import { fileAt, firstAtOrAfter } from "../sortedFiles";
import type { StageIndex } from "../../stages/types";
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

const MAX_ITEMS = 100;

/** Paths of `stage` for the typed `text` (absolute or relative to the stage's root). */
export function pathItems(
  analysis: Analysis,
  stage: StageIndex,
  text: string,
  range: Range,
): CompletionItem[] {
  const sim = analysis.simulation.stages.find((candidate) => candidate.stage === stage);
  if (!sim) return [];
  const relative = text !== "" && !text.startsWith("/");
  const typed = relative ? `/${text}` : text;
  const slash = typed.lastIndexOf("/");
  const dir = slash <= 0 ? "/" : typed.slice(0, slash);
  const name = slash < 0 ? "" : typed.slice(slash + 1);
  const entries: { path: string; node: FileNode | null; why: string; group: number }[] = [];
  const seen = new Set<string>();
  const add = (path: string, node: FileNode | null, why: string, group: number) => {
    if (seen.has(path) || entries.length >= MAX_ITEMS) return;
    seen.add(path);
    entries.push({ path, node, why, group });
  };
  if (dir === "/" && name === "") {
    for (const made of madeByBuild(sim)) add(made.path, made.node, made.why, 0);
  }
  for (const child of children(sim.files, dir, name)) add(child.path, child.node, "", 1);
  return entries.map((entry, index) => {
    const isDir = entry.node === null || entry.node.type === "dir";
    const shown = relative ? entry.path.slice(1) : entry.path;
    const label = isDir ? `${shown}/` : shown;
    return completionItem(label, "path", range, {
      detail: describe(entry.node, analysis),
      documentation: entry.why,
      sortText: sortKey(entry.group, index),
      retrigger: isDir,
    });
  });
}

/** The entries directly under `dir` whose name starts with `name`; `files` is sorted by path. */
function children(
  files: readonly FileNode[],
  dir: string,
  name: string,
): { path: string; node: FileNode | null }[] {
  const prefix = dir === "/" ? "/" : `${dir}/`;
  const found: { path: string; node: FileNode | null }[] = [];
  const listed = new Set<string>();
  let at = firstAtOrAfter(files, prefix + name);
  while (at < files.length && found.length < MAX_ITEMS) {
    const node = files[at] as FileNode;
    if (!node.path.startsWith(prefix + name)) break;
    const rest = node.path.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash < 0) {
      if (rest !== "") found.push({ path: node.path, node });
      listed.add(node.path);
      at++;
      continue;
    }
    // A directory may be known only from the paths under it. Its subtree can come after siblings
    // such as `app-x` ("-" sorts before "/"); skip the subtree at once ("0" sorts right after "/").
    const child = prefix + rest.slice(0, slash);
    if (!listed.has(child)) found.push({ path: child, node: null });
    listed.add(child);
    at = firstAtOrAfter(files, `${child}0`);
  }
  return found;
}

/**
 * What the build put in the stage (not its base image) that a learner copies out: environments and
 * package folders, then the top folders it made, then programs.
 */
function madeByBuild(sim: StageSimulation): { path: string; node: FileNode | null; why: string }[] {
  const environments: { path: string; node: FileNode | null; why: string }[] = [];
  const folders: { path: string; node: FileNode | null; why: string }[] = [];
  const programs: { path: string; node: FileNode | null; why: string }[] = [];
  const made = new Set<string>();
  const packages = new Map<string, string[]>();
  for (const node of sim.files) {
    if (node.origin.kind === "base") continue;
    made.add(node.path);
    const parent = node.path.slice(0, Math.max(1, node.path.lastIndexOf("/")));
    if (!made.has(parent) && node.path !== "/") folders.push({ path: node.path, node, why: "" });
    for (const fact of node.facts) {
      if (fact.kind === "python-package") {
        const names = packages.get(fact.sitePackages) ?? [];
        packages.set(fact.sitePackages, [...names, fact.name]);
      } else if (fact.kind === "venv") {
        environments.push({ path: node.path, node, why: "A Python virtual environment." });
      } else if (fact.kind === "node-modules") {
        environments.push({ path: node.path, node, why: `Node packages: ${list(fact.packages)}.` });
      } else if (fact.kind === "static-site" && !made.has(parent)) {
        environments.push({ path: node.path, node, why: "Static web content, ready to serve." });
      } else if (fact.kind === "elf" || fact.kind === "script" || fact.kind === "jar") {
        programs.push({ path: node.path, node, why: fact.kind === "jar" ? "A Java archive." : "A program." });
      }
    }
  }
  const sitePackages = [...packages].map(([path, names]) => ({
    path,
    node: fileAt(sim.files, path),
    why: `Python packages installed here: ${list(names)}.`,
  }));
  return [...sitePackages, ...environments, ...folders, ...programs];
}

function list(names: readonly string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more` : names.join(", ");
}

function describe(node: FileNode | null, analysis: Analysis): string {
  if (!node) return "directory";
  const kind =
    node.type === "dir"
      ? node.bulk
        ? `directory, ${formatSize(node.sizeBytes)}`
        : "directory"
      : node.type === "symlink"
        ? `symlink to ${node.target ?? "?"}`
        : `file, ${formatSize(node.sizeBytes)}`;
  const estimate = node.estimated ? " (estimate)" : "";
  if (node.copiedFrom) {
    const from = node.copiedFrom.from;
    const name = typeof from === "number" ? (analysis.stages[from]?.displayName ?? `stage ${from}`) : from;
    return `${kind}${estimate} · copied from ${name}, line ${node.copiedFrom.line}`;
  }
  const origin =
    node.origin.kind === "base"
      ? "base image"
      : node.origin.kind === "context"
        ? "build context"
        : `line ${node.origin.line}`;
  return `${kind}${estimate} · ${origin}`;
}
