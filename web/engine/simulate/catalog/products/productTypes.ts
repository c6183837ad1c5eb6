import type { Figure, LibcFamily } from "../types";

// Build products and package installs of reference/image-facts.md §3, kept apart from base images:
// the simulator adds these to layers when it recognises the RUN or COPY that makes them.

/** What `apt-get install` or `apk add` of `packages` adds on top of `on`. */
export interface PackageInstallFigure {
  manager: "apt" | "apk";
  /** As written after `apt-get install` / `apk add`. */
  packages: readonly string[];
  /** Packages installed, dependencies included, when known. */
  packageCount: number | null;
  /** The base the install was resolved against, e.g. "debian:bookworm-slim". */
  on: string;
  /** With `--no-install-recommends` for apt. */
  size: Figure;
  /** Without `--no-install-recommends`, when it differs. */
  withRecommends?: Figure;
}

/** A `pip install` of one requirement into site-packages. */
export interface PipPackageFigure {
  /** The normalised project name (PEP 503: lower case, runs of -_. as "-"). */
  requirement: string;
  /** Top-level modules importable afterwards, dependencies included. */
  imports: readonly string[];
  /** Console scripts it puts in the interpreter's bin directory, e.g. gunicorn. */
  scripts: readonly string[];
  /** What lands in site-packages, dependencies included. */
  installed: Figure;
  /** The downloaded wheels, which pip keeps in /root/.cache/pip unless --no-cache-dir. */
  wheels: Figure | null;
  /** Compiled extensions tie it to a Python minor version and to glibc (manylinux) or musl (musllinux). */
  nativeExtensions: boolean;
  /** The same thing as a Debian package, for comparison. */
  debianPackage?: Figure;
}

/** An npm project's install and build. */
export interface NodeProjectFigure {
  name: string;
  nodeModules: Figure;
  /** `npm ci --omit=dev`. */
  productionNodeModules: Figure | null;
  packageCount: number | null;
  buildOutput: { path: string; size: Figure } | null;
  /** ~/.npm/_cacache after the install. */
  npmCache: Figure | null;
}

/** A compiled executable and what it needs at run time. */
export interface BinaryFigure {
  name: string;
  toolchain: "go" | "rust";
  size: Figure;
  /** Static binaries need no libc; dynamic ones need the loader and libraries below. */
  linkage: "static" | "dynamic";
  libc: LibcFamily;
  neededLibraries: readonly string[];
  stripped: boolean;
  /** How it was built, e.g. `CGO_ENABLED=0 go build -ldflags "-s -w"`. */
  build: string;
}

export interface JarFigure {
  name: string;
  size: Figure;
  /** The Java feature release it targets; a JRE must be at least this. */
  javaFeature: number;
}

/** Files a build leaves behind that a single-stage image keeps. */
export interface CacheFigure {
  name: string;
  path: string;
  size: Figure;
  /** What keeps it out of the image. */
  avoidedBy: string;
}

/** A published before/after multistage case, to check simulated totals against (±15%). */
export interface ReferenceCase {
  name: string;
  before: Figure;
  after: Figure;
  /** The final stage's base as the case names it. */
  finalBase: string;
  note?: string;
}
