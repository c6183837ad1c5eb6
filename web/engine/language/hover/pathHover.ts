// A source path of `COPY --from=<stage>`: what the simulated stage holds there, in bytes and files.
// Three answers, never two: there, not there, or unknown (a step or a base image Stageplay cannot see
// into may have made it), so a path the simulator does not list is not called missing.
import type { Analysis } from "../../analyze";
import { ancestors, isWithin, normalizePath } from "../../simulate/filesystem/paths";
import { formatSize } from "../../simulate/formatSize";
import type { FileNode, StageSimulation } from "../../simulate/types";
import { fileAt, firstAtOrAfter } from "../sortedFiles";
import { unknownRootsOf } from "../../simulate/unknownRoots";
import type { Stage } from "../../stages/types";
import type { HoverInfo, Range } from "../types";
import { code, heading } from "./markdown";

// Top-level directories every Linux base image fills with more files than the catalog lists.
const SYSTEM_DIRS = new Set(
  "bin boot dev etc home lib lib32 lib64 libx32 media mnt opt proc root run sbin srv sys tmp usr var".split(
    " ",
  ),
);

/** The hover for `written`, a source of a COPY from `stage`, expanded to `path`. */
export function pathHover(
  analysis: Analysis,
  stage: Stage,
  written: string,
  path: string,
  range: Range,
): HoverInfo {
  const name = code(stage.displayName);
  const lines = [heading(`Path ${code(written)}`, `in stage ${name}`)];
  const simulated = analysis.simulation.stages.find((s) => s.stage === stage.index);
  if (!simulated) {
    lines.push(`Stage ${name} was not simulated, so what it holds there is unknown.`);
  } else {
    const absolute = normalizePath(path, "/");
    const pattern = /[*?[]/.test(absolute);
    const found = pattern ? matching(simulated.files, absolute) : subtree(simulated.files, absolute);
    const unknownRoots = unknownRootsOf(simulated.layers);
    const more = unknownRoots.some((root) => isWithin(absolute, root) || isWithin(root, absolute));
    const empty = found.every((node) => node.type === "dir");
    if (found.length > 0 && empty && more) {
      lines.push(
        "Stageplay does not know what it holds: a step Stageplay cannot fully see into may have put files there.",
      );
    } else if (found.length > 0) {
      lines.push(describe(found, absolute, pattern, analysis));
      if (more) lines.push("A step Stageplay cannot fully see into may have put more there.");
    } else {
      const unsure =
        whyUnsure(absolute, simulated) ??
        (more ? "a step Stageplay cannot fully see into may have made it" : null);
      lines.push(
        unsure
          ? `Stageplay does not know whether it exists: ${unsure}.`
          : `Not found: stage ${name} does not have it, so this COPY fails with ${code(`"${absolute}": not found`)}.`,
      );
    }
  }
  lines.push("Source paths of `COPY --from` start at the stage's root, not at its WORKDIR.");
  return { markdown: lines.join("\n\n"), range, topic: null };
}

function describe(found: readonly FileNode[], path: string, pattern: boolean, analysis: Analysis): string {
  // Bulk nodes carry a whole tree's bytes; the base image's other nodes only mark paths it has.
  const weighed = found.filter((node) => (node.type !== "dir" || node.bulk) && !unsized(node));
  const bytes = weighed.reduce((sum, node) => sum + node.sizeBytes, 0);
  const estimated = weighed.filter((node) => node.estimated).length;
  const estimate =
    estimated === 0 ? "" : estimated === weighed.length ? " (an estimate)" : " (partly an estimate)";
  // A bulk directory of the base image already weighs the base files it does not list.
  const base =
    found.some(unsized) &&
    !found.some((node) => node.bulk && node.type === "dir" && node.origin.kind === "base");
  const single = found.length === 1 && found[0]?.path === path ? found[0] : null;
  if (single && single.type !== "dir") {
    const kind = single.type === "symlink" ? "symlink" : "file";
    return unsized(single)
      ? `A ${kind} of the base image. Stageplay knows it is there, but counts the base image's bytes as a whole, not file by file.`
      : `A ${kind} of ${formatSize(bytes)}${estimate}, ${origin(single, analysis)}.`;
  }
  const baseWords = "Stageplay counts the base image's files as a whole, not one by one.";
  if (weighed.length === 0) {
    if (base) return `${pattern ? "Paths" : "A directory"} of the base image. ${baseWords}`;
    return pattern ? "Only empty directories match." : "An empty directory.";
  }
  const bulk = weighed.filter((node) => node.bulk).length;
  const count =
    bulk === weighed.length
      ? bulk === 1
        ? "one tree Stageplay counts as a whole"
        : `${bulk} trees Stageplay counts as a whole each`
      : `${weighed.length} ${weighed.length === 1 ? "file" : "files"}` +
        (bulk > 0 ? `, ${bulk} of them ${bulk === 1 ? "a tree" : "trees"} Stageplay counts as a whole` : "");
  const more = base ? ` It also holds files of the base image: ${baseWords}` : "";
  return `${formatSize(bytes)}${estimate} in ${count}.${more}`;
}

function unsized(node: FileNode): boolean {
  return node.origin.kind === "base" && !node.bulk && node.sizeBytes === 0;
}

function origin(node: FileNode, analysis: Analysis): string {
  if (node.copiedFrom) {
    const from = node.copiedFrom.from;
    const source =
      typeof from === "number"
        ? `stage ${code(analysis.stages[from]?.displayName ?? String(from))}`
        : code(from);
    return `copied from ${source} by line ${node.copiedFrom.line}`;
  }
  switch (node.origin.kind) {
    case "base":
      return "part of the base image";
    case "context":
      return "copied from the build context";
    case "step":
      return `written by line ${node.origin.line}`;
  }
}

// The files are sorted by path, so a directory's subtree is one run after the directory itself.
function subtree(files: readonly FileNode[], path: string): FileNode[] {
  const found: FileNode[] = [];
  for (let i = firstAtOrAfter(files, path); i < files.length; i++) {
    const node = files[i] as FileNode;
    if (node.path === path || isWithin(node.path, path)) found.push(node);
    else if (!node.path.startsWith(path)) break;
  }
  return found;
}

// A pattern matches whole paths as Go's filepath.Match does (`*` stays within one directory); each
// match brings its subtree.
function matching(files: readonly FileNode[], pattern: string): FileNode[] {
  const source = pattern
    .split("")
    .map((c) =>
      c === "*"
        ? "[^/]*"
        : c === "?"
          ? "[^/]"
          : c === "[" || c === "]"
            ? c
            : c.replace(/[.+^${}()|\\]/g, "\\$&"),
    )
    .join("");
  let regex: RegExp;
  try {
    regex = new RegExp(`^${source}$`);
  } catch {
    return [];
  }
  const roots = files.filter((node) => regex.test(node.path)).map((node) => node.path);
  return files.filter((node) => roots.some((root) => isWithin(node.path, root)));
}

/** Why a path the stage does not list may exist anyway, or null when it surely does not. */
function whyUnsure(path: string, simulated: StageSimulation): string | null {
  const unknownStep = simulated.layers.find((layer) => layer.kind !== "base" && layer.knowledge !== "known");
  if (unknownStep?.line != null) return `Stageplay does not know everything line ${unknownStep.line} does`;
  const base = simulated.layers.find((layer) => layer.kind === "base" && layer.sizeBytes > 0);
  if (!base) return null;
  if (base.knowledge !== "known") return "the base image is not in the catalog, so its files are unknown";
  const top = path.split("/")[1] ?? "";
  const underBase = ancestors(path).some((dir) => fileAt(simulated.files, dir)?.origin.kind === "base");
  if (SYSTEM_DIRS.has(top) || top.startsWith("docker-entrypoint") || underBase) {
    return "the base image holds more files than Stageplay models";
  }
  return null;
}
