// The target image as the verdict sees it: the simulator's merged files, plus what the catalog says
// its base holds, plus the files a venv or a pip install implies (a venv's bin/python, console
// scripts). Lookups follow symlinks and respect whiteouts, as the kernel and runc would.
import type { BaseImage, BaseImageResolution } from "../catalog/types";
import type { FileFact, FileNode, Layer, StageSimulation } from "../types";
import { baseFiles } from "./baseFiles";
import { impliedFiles } from "./impliedFiles";
import { dirname, isAtOrUnder, joinPath, normalizePath } from "./paths";

/** Docker's PATH when the image config sets none. */
export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const MAX_SYMLINKS = 40;

export type Lookup =
  | {
      found: true;
      /** The path after following symlinks. */
      path: string;
      node: FileNode;
      /** True when the path lies inside a tree the simulator did not model file by file. */
      assumed: boolean;
      /** That tree, when assumed. */
      tree?: FileNode;
    }
  | { found: false; path: string };

export interface ImageView {
  stage: StageSimulation;
  all: readonly StageSimulation[];
  /** The catalog entry at the root of the stage's FROM chain; null for scratch. */
  base: BaseImage | null;
  resolution: BaseImageResolution | null;
  workdir: string;
  env: Readonly<Record<string, string>>;
  /** The node at exactly `path`, symlinks not followed. */
  stat(path: string): FileNode | undefined;
  /** The node `path` leads to, symlinks followed. */
  resolve(path: string): Lookup;
  /** Every visible node carrying a fact of `kind`. */
  withFact<K extends FileFact["kind"]>(kind: K): { node: FileNode; fact: Extract<FileFact, { kind: K }> }[];
  /** Visible nodes whose name is `name`, anywhere. */
  named(name: string): FileNode[];
  /** Layers whose effect Stageplay could not fully tell: this image's, and those of stages it copies from. */
  unknownLayers: Layer[];
  /** The line of the instruction that last wrote `path` (its COPY or RUN), or null for the base image. */
  lineOf(node: FileNode): number | null;
}

/** The catalog resolution at the root of the stage's FROM chain. */
function rootResolution(stage: StageSimulation, all: readonly StageSimulation[]): BaseImageResolution | null {
  if (stage.base) return stage.base;
  const baseLayer = stage.layers.find((layer) => layer.kind === "base");
  if (!baseLayer || baseLayer.stage === stage.stage) return null;
  return all.find((other) => other.stage === baseLayer.stage)?.base ?? null;
}

function directoryNode(path: string, imageId: string): FileNode {
  return {
    path,
    type: "dir",
    sizeBytes: 0,
    bulk: false,
    mode: 0o755,
    uid: 0,
    gid: 0,
    origin: { kind: "base", imageId },
    facts: [],
  };
}

const views = new WeakMap<StageSimulation, WeakMap<readonly StageSimulation[], ImageView>>();

/**
 * The view of `stage`'s image, built once per simulated stage and build: the verdict and every
 * teaching check ask for the same one, and building it walks all the image's files and layers.
 * A simulation is not changed after it is made, so the view stays true.
 */
export function imageView(stage: StageSimulation, all: readonly StageSimulation[]): ImageView {
  let byBuild = views.get(stage);
  if (!byBuild) views.set(stage, (byBuild = new WeakMap()));
  let view = byBuild.get(all);
  if (!view) byBuild.set(all, (view = buildImageView(stage, all)));
  return view;
}

function buildImageView(stage: StageSimulation, all: readonly StageSimulation[]): ImageView {
  const resolution = rootResolution(stage, all);
  const base = resolution?.image ?? null;
  const real = new Map(stage.files.map((node) => [node.path, node]));
  const laterLayers = stage.layers.filter((layer) => layer.kind !== "base");
  const deleted = laterLayers.flatMap((layer) => layer.deleted);
  const hidden = (path: string) => deleted.some((gone) => isAtOrUnder(path, gone));
  const synthetic = new Map([...(base ? baseFiles(base) : new Map<string, FileNode>())]);
  for (const [path, node] of impliedFiles(stage.files, stage.layers)) synthetic.set(path, node);
  const writtenAt = new Map<string, number | null>();
  for (const layer of laterLayers) {
    for (const written of [...layer.added, ...layer.modified]) writtenAt.set(written.path, layer.line);
  }
  const implicitDirs = directoriesAbove(stage.files);
  // Trees a step made without listing their files (a bulk site-packages, node_modules, dist/).
  const stepBulks = stage.files.filter((node) => node.bulk && node.origin.kind !== "base");

  const stat = (path: string): FileNode | undefined => {
    const node = real.get(path);
    if (node) return node;
    const implied = synthetic.get(path);
    if (implied && !hidden(path)) return implied;
    if (implicitDirs.has(path)) return directoryNode(path, base?.id ?? "scratch");
    return undefined;
  };

  const resolve = (start: string): Lookup => {
    let path = normalizePath(start);
    for (let hop = 0; hop <= MAX_SYMLINKS; hop++) {
      const next = followFirstLink(path, stat);
      if (next === null) break;
      path = next;
    }
    const node = stat(path);
    // A symlink left after MAX_SYMLINKS hops is a loop: ELOOP, as good as missing.
    if (node && node.type !== "symlink") return { found: true, path, node, assumed: false };
    if (node) return { found: false, path };
    const bulk = stepBulks.find((tree) => tree.type === "dir" && isAtOrUnder(path, tree.path));
    if (bulk)
      return {
        found: true,
        path,
        // A file inside the tree inherits what the tree's source fact says it imports (a built dist/).
        node: {
          ...bulk,
          path,
          type: "file",
          bulk: false,
          facts: bulk.facts.filter((fact) => fact.kind === "source"),
        },
        assumed: true,
        tree: bulk,
      };
    return { found: false, path };
  };

  const visible = (): FileNode[] => [
    ...stage.files,
    ...[...synthetic.values()].filter((node) => !real.has(node.path) && !hidden(node.path)),
  ];

  return {
    stage,
    all,
    base,
    resolution,
    workdir: stage.config.workdir || "/",
    env: stage.config.env,
    stat,
    resolve,
    withFact: (kind) =>
      visible().flatMap((node) =>
        node.facts
          .filter((fact): fact is Extract<FileFact, { kind: typeof kind }> => fact.kind === kind)
          .map((fact) => ({ node, fact })),
      ),
    named: (name) => visible().filter((node) => node.path.endsWith(`/${name}`)),
    unknownLayers: [
      ...laterLayers.filter((layer) => layer.knowledge !== "known"),
      ...laterLayers.flatMap((layer) => unknownSources(layer, all)),
    ],
    lineOf: (node) => {
      if (node.copiedFrom) return node.copiedFrom.line;
      if (node.origin.kind === "step") return node.origin.line;
      return writtenAt.get(node.path) ?? null;
    },
  };
}

/**
 * Every directory above a file, "/" aside. The walk up from each path stops at the first directory already
 * seen: listing every ancestor of every file cost a deep tree its depth times its size.
 */
function directoriesAbove(files: readonly FileNode[]): Set<string> {
  const dirs = new Set<string>();
  for (const node of files) {
    for (let dir = dirname(node.path); dir !== "/" && !dirs.has(dir); dir = dirname(dir)) dirs.add(dir);
  }
  return dirs;
}

/** The steps of unknown effect in the stages a COPY --from took files from: they may be in what it took. */
function unknownSources(layer: Layer, all: readonly StageSimulation[]): Layer[] {
  const sources = new Set(
    layer.added.map((node) => node.copiedFrom?.from).filter((from) => typeof from === "number"),
  );
  return all
    .filter((stage) => sources.has(stage.stage))
    .flatMap((stage) => stage.layers.filter((other) => other.kind !== "base" && other.knowledge !== "known"));
}

/** Replaces the first symlink among `path`'s components by its target; null when there is none. */
function followFirstLink(path: string, stat: (path: string) => FileNode | undefined): string | null {
  const parts = path.split("/").filter((part) => part !== "");
  let current = "/";
  for (let i = 0; i < parts.length; i++) {
    current = joinPath(current, parts[i] ?? "");
    const node = stat(current);
    if (node?.type !== "symlink" || node.target === undefined) continue;
    const target = node.target.startsWith("/") ? node.target : joinPath(dirname(current), node.target);
    return normalizePath([target, ...parts.slice(i + 1)].join("/"));
  }
  return null;
}

/** The directories of a PATH-like variable, as `exec.LookPath` reads it. */
export function searchPath(view: ImageView): string[] {
  const value = view.env.PATH ?? DEFAULT_PATH;
  return value.split(":").filter((dir) => dir !== "");
}

export interface Found {
  /** Where the program was found, before following symlinks (what the kernel is given). */
  path: string;
  lookup: Extract<Lookup, { found: true }>;
}

/** Whether some execute bit is set: what exec.LookPath requires before it hands a file to execve. */
export function isExecutable(node: FileNode): boolean {
  return node.type !== "dir" && (node.mode & 0o111) !== 0;
}

/** `exec.LookPath` over PATH: the first executable regular file named `name`. */
export function which(view: ImageView, name: string): Found | null {
  let guess: Found | null = null;
  for (const dir of searchPath(view)) {
    const path = joinPath(normalizePath(dir, view.workdir), name);
    const lookup = view.resolve(path);
    if (!lookup.found) continue;
    if (!isExecutable(lookup.node)) {
      // Copied from something Stageplay could not see into (an image outside the catalog): its type
      // and mode are guesses, so it may well be the program.
      const node = lookup.node;
      if (node.estimated && node.bulk && node.copiedFrom)
        guess ??= {
          path,
          lookup: { ...lookup, node: { ...node, type: "file", mode: 0o755, bulk: false }, assumed: true },
        };
      continue;
    }
    // A file only assumed inside an unlisted tree (node_modules/.bin) loses to one that is listed.
    if (!lookup.assumed) return { path, lookup };
    guess ??= { path, lookup };
  }
  return guess;
}
