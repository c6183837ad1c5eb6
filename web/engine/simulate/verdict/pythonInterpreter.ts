// Which Python runs and where it looks for packages (sys.path): a venv's site-packages when it is
// started through the venv's bin/ (pyvenv.cfg sits next to it), else its prefix's site-packages,
// Debian's dist-packages, the user site under $HOME/.local, and PYTHONPATH.
import type { FileFact, FileNode } from "../types";
import type { RunUser } from "./checkUser";
import type { ImageView, Lookup } from "./imageView";
import { basename, dirname, isAtOrUnder, joinPath, normalizePath, relocate } from "./paths";

export interface PythonInterpreter {
  /** The path it was started as (a venv's bin/python, before the symlink). */
  invokedAs: string;
  /** The interpreter binary, symlinks followed. */
  binary: string;
  version: string;
  minor: string;
  /** The venv root when started through one. */
  venv: string | null;
  /** Directories searched for packages, in order (the script's own directory is added per app). */
  searched: string[];
  /** The home directory of the user it runs as, whose ~/.local is its user site. */
  home: string;
}

type Venv = Extract<FileFact, { kind: "venv" }>;
type PythonPackage = Extract<FileFact, { kind: "python-package" }>;

function minorOf(version: string): string {
  return version.split(".").slice(0, 2).join(".");
}

/** The venv fact of the venv rooted at `root` (on the directory or on its pyvenv.cfg). */
export function venvAt(view: ImageView, root: string): Venv | null {
  for (const path of [root, joinPath(root, "pyvenv.cfg")]) {
    const fact = view.stat(path)?.facts.find((f): f is Venv => f.kind === "venv");
    if (fact) return fact;
  }
  return null;
}

function systemSites(view: ImageView, binary: string, minor: string): string[] {
  const runtime = view.base?.runtimes.find(
    (r) =>
      r.kind === "python" && r.minor === minor && joinPath(dirname(r.binary), `python${minor}`) === binary,
  );
  const prefix = dirname(dirname(binary));
  const sites = [
    ...(runtime && runtime.kind === "python" ? [runtime.sitePackages] : []),
    joinPath(prefix, `lib/python${minor}/site-packages`),
  ];
  if (prefix === "/usr")
    sites.push(`/usr/local/lib/python${minor}/dist-packages`, "/usr/lib/python3/dist-packages");
  return sites;
}

export function pythonInterpreter(
  view: ImageView,
  invokedAs: string,
  lookup: Extract<Lookup, { found: true }>,
  user: RunUser,
): PythonInterpreter {
  const fact = lookup.node.facts.find((f) => f.kind === "interpreter" && f.language === "python");
  const version = fact?.kind === "interpreter" ? fact.version : "3";
  const minor = minorOf(version);
  const root = dirname(dirname(invokedAs));
  const venv = venvAt(view, root) ? root : null;
  const pythonPath = (view.env.PYTHONPATH ?? "")
    .split(":")
    .filter((dir) => dir !== "")
    .map((dir) => normalizePath(dir, view.workdir));
  const sites = venv
    ? [joinPath(venv, `lib/python${minor}/site-packages`)]
    : [
        ...systemSites(view, lookup.path, minor),
        joinPath(user.home, `.local/lib/python${minor}/site-packages`),
      ];
  return {
    invokedAs,
    binary: lookup.path,
    version,
    minor,
    venv,
    searched: [...pythonPath, ...sites],
    home: user.home,
  };
}

/** The site-packages directory a package is in now (COPY --from may have moved it). */
export function packageLocation(node: FileNode, fact: PythonPackage): string {
  const moved = relocate(fact.sitePackages, node);
  if (isAtOrUnder(node.path, moved)) return moved;
  for (let dir = node.path; dir !== "/"; dir = dirname(dir)) {
    if (basename(dir) === "site-packages" || basename(dir) === "dist-packages") return dir;
  }
  return moved;
}

/** The Python minor version a site-packages path is for, from its `lib/pythonX.Y` part. */
export function minorOfPath(path: string): string | null {
  return /\/lib\/python(\d+\.\d+)\//.exec(`${path}/`)?.[1] ?? null;
}
