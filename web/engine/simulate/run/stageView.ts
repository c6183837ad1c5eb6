// The filesystem as the RUN's processes see it, which is not quite the stage's: `--mount` targets
// shadow what lies below them (a cache starts empty, a bind mount shows the context or another
// stage), and the directories every Linux base image has are there even when the simulator's model
// of the base does not list them one by one.
import type { BaseImage } from "../catalog/types";
import type { FileNode } from "../types";
import { dirname, isUnder, resolvePath } from "./overlayFs";
import type { FsReader, RunContext } from "./types";

/** Directories every non-scratch base image has (FHS), and the ones its runtimes live in. */
const STANDARD_DIRS = [
  "/bin",
  "/dev",
  "/etc",
  "/home",
  "/lib",
  "/media",
  "/mnt",
  "/opt",
  "/proc",
  "/root",
  "/run",
  "/sbin",
  "/srv",
  "/sys",
  "/tmp",
  "/usr",
  "/usr/bin",
  "/usr/include",
  "/usr/lib",
  "/usr/local",
  "/usr/local/bin",
  "/usr/local/include",
  "/usr/local/lib",
  "/usr/local/sbin",
  "/usr/local/share",
  "/usr/local/src",
  "/usr/sbin",
  "/usr/share",
  "/usr/src",
  "/var",
  "/var/cache",
  "/var/lib",
  "/var/log",
  "/var/tmp",
];

function runtimeDirs(base: BaseImage): string[] {
  const dirs: string[] = [];
  for (const runtime of base.runtimes) {
    dirs.push(dirname(runtime.binary));
    if (runtime.kind === "python") dirs.push(runtime.sitePackages, runtime.stdlib);
    if (runtime.kind === "go")
      dirs.push(runtime.goroot, runtime.gopath, `${runtime.gopath}/bin`, `${runtime.gopath}/src`);
    if (runtime.kind === "rust") dirs.push(runtime.cargoHome, runtime.rustupHome);
    if (runtime.kind === "java") dirs.push(runtime.javaHome);
    if (runtime.kind === "maven" || runtime.kind === "gradle") dirs.push(runtime.home);
    if (runtime.kind === "nginx" || runtime.kind === "httpd") dirs.push(runtime.documentRoot);
  }
  for (const user of base.passwd)
    if (user.home.startsWith("/") && user.home !== "/nonexistent") dirs.push(user.home);
  return dirs;
}

/** A file name (`package.json`, `.npmrc`) rather than a directory: a guess used only for bind targets. */
function looksLikeFile(path: string): boolean {
  return /[^/]\.[A-Za-z0-9]+$/.test(path) || /\/\.[^/]+$/.test(path);
}

/** Nodes standing for a mount's contents the simulator was not given. */
const UNKNOWN_CONTENTS = new WeakSet<FileNode>();

export function hasUnknownContents(node: FileNode): boolean {
  return UNKNOWN_CONTENTS.has(node);
}

function directory(path: string, origin: FileNode["origin"], bulk = false): FileNode {
  return { path, type: "dir", sizeBytes: 0, bulk, mode: 0o755, uid: 0, gid: 0, origin, facts: [] };
}

/**
 * The standard and runtime directories of a base image, made once per image rather than per RUN
 * (a RUN only reads them; nodes are never changed once made).
 */
const baseDirs = new WeakMap<BaseImage, ReadonlyMap<string, FileNode>>();

function standardDirs(base: BaseImage): ReadonlyMap<string, FileNode> {
  let dirs = baseDirs.get(base);
  if (!dirs) {
    const made = new Map<string, FileNode>();
    const origin = { kind: "base" as const, imageId: base.id };
    for (const path of [...STANDARD_DIRS, ...runtimeDirs(base)]) {
      for (let each = path; each !== "/" && !made.has(each); each = dirname(each))
        made.set(each, directory(each, origin));
    }
    baseDirs.set(base, (dirs = made));
  }
  return dirs;
}

const NO_DIRS: ReadonlyMap<string, FileNode> = new Map();

export function stageView(ctx: RunContext): FsReader {
  const real = ctx.fs;
  const standard = ctx.base ? standardDirs(ctx.base) : NO_DIRS;
  const targets = mountTargets(ctx);
  if (targets.length === 0) return withStandardDirs(real, standard);
  // The mounts' own nodes, looked up before the standard directories (which stay shared, not copied).
  const synthetic = new Map<string, FileNode>();
  const origin = { kind: "base" as const, imageId: ctx.base?.id ?? "scratch" };
  let t = 0;
  for (const mount of ctx.mounts) {
    if (mount.target === "") continue;
    const target = targets[t++] as string;
    for (const node of mount.files ?? []) synthetic.set(node.path, node);
    if (
      (mount.type === "bind" || mount.type === "secret") &&
      !(mount.files ?? []).some((node) => node.path === target)
    ) {
      // Contents the simulator was not given: present, but unknown (a bulk node says so).
      const bulk = directory(target, origin, true);
      const node: FileNode =
        looksLikeFile(target) || mount.type === "secret" ? { ...bulk, type: "file" } : bulk;
      UNKNOWN_CONTENTS.add(node);
      synthetic.set(target, node);
    }
    if (mount.type === "cache" || mount.type === "tmpfs") synthetic.set(target, directory(target, origin));
  }
  return new MountedView(real, standard, synthetic, targets);
}

// A RUN with mounts: what lies under a mount target comes from the mount, the rest from the stage
// and the standard directories. A class, as StandardDirsView below, for one allocation per RUN.
class MountedView implements FsReader {
  constructor(
    private readonly real: FsReader,
    private readonly standard: ReadonlyMap<string, FileNode>,
    private readonly mountNodes: ReadonlyMap<string, FileNode>,
    private readonly targets: readonly string[],
  ) {}

  private synthetic(path: string): FileNode | undefined {
    return this.mountNodes.get(path) ?? this.standard.get(path);
  }

  private shadowed(path: string): boolean {
    for (const target of this.targets) if (isUnder(path, target)) return true;
    return false;
  }

  private mounted(path: string): boolean {
    return this.shadowed(path) && (this.mountNodes.has(path) || this.standard.has(path));
  }

  stat(path: string): FileNode | undefined {
    if (this.mounted(path)) return this.synthetic(path);
    if (this.shadowed(path)) return undefined;
    return this.real.stat(path) ?? this.synthetic(path);
  }

  walk(root: string): FileNode[] {
    const found = new Map<string, FileNode>();
    for (const node of this.real.walk(root)) if (!this.shadowed(node.path)) found.set(node.path, node);
    const add = (path: string, node: FileNode) => {
      if (path === root || !isUnder(path, root) || found.has(path)) return;
      if (!this.shadowed(path) || this.mounted(path)) found.set(path, node);
    };
    // Mount nodes first: where a path is both, the mount's node is the one seen.
    for (const [path, node] of this.mountNodes) add(path, node);
    for (const [path, node] of this.standard) add(path, node);
    return [...found.values()].sort(byPath);
  }

  list(root: string): FileNode[] {
    return this.walk(root).filter((node) => dirname(node.path) === root);
  }

  readText(path: string): string | undefined {
    if (this.mounted(path)) return this.synthetic(path)?.content;
    return this.shadowed(path) ? undefined : this.real.readText(path);
  }
}

/** The common case, a RUN without mounts: the stage's files over the standard directories. */
function withStandardDirs(real: FsReader, standard: ReadonlyMap<string, FileNode>): FsReader {
  return new StandardDirsView(real, standard);
}

// A class rather than an object of closures: one allocation per RUN instead of five.
class StandardDirsView implements FsReader {
  constructor(
    private readonly real: FsReader,
    private readonly standard: ReadonlyMap<string, FileNode>,
  ) {}

  stat(path: string): FileNode | undefined {
    return this.real.stat(path) ?? this.standard.get(path);
  }

  walk(root: string): FileNode[] {
    const found = this.real.walk(root);
    const extra: FileNode[] = [];
    for (const [path, node] of this.standard) {
      if (path !== root && isUnder(path, root) && !this.real.stat(path)) extra.push(node);
    }
    return [...found, ...extra].sort(byPath);
  }

  list(root: string): FileNode[] {
    return this.walk(root).filter((node) => dirname(node.path) === root);
  }

  readText(path: string): string | undefined {
    return this.real.readText(path);
  }
}

const byPath = (a: FileNode, b: FileNode) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Mount targets made absolute against the RUN's working directory. */
export function mountTargets(ctx: RunContext): string[] {
  return ctx.mounts
    .filter((mount) => mount.target !== "")
    .map((mount) => resolvePath(mount.target, ctx.workdir || "/"));
}
