// The catalog's vocabulary: base images and build products as typed data with their sources.
// All figures are for linux/amd64. Sizes are uncompressed bytes as `docker images` reports them.

/**
 * Where a figure comes from, with the marks used in reference/image-facts.md:
 * RI docker-library/repo-info, DL GoogleContainerTools/distroless, DEB Debian Installed-Size sums,
 * M measured locally, WEB a published page, EST an estimate whose reasoning is in the note.
 */
export type SourceMark = "RI" | "DL" | "DEB" | "M" | "WEB" | "EST";

export interface Source {
  mark: SourceMark;
  /** The file or URL the figure was read from, e.g. "repos/python/local/3.12-slim-bookworm.md". */
  ref: string;
  /** When the source measured it (YYYY or YYYY-MM), when known. */
  date?: string;
}

/** A number of bytes with where it came from. */
export interface Figure {
  bytes: number;
  /** True when no source measured this exact thing. */
  estimated: boolean;
  source: Source;
  /** How an estimate was reached, or a caveat a learner should see. */
  note?: string;
  /** The range an estimate was taken from, when the source gave one. */
  range?: readonly [low: number, high: number];
}

export type LibcFamily = "glibc" | "musl" | "none";

export interface Libc {
  family: LibcFamily;
  /** e.g. "2.36" for Debian 12, "1.2.5" for Alpine 3.21; null when unknown or there is no libc. */
  version: string | null;
}

export type Distro = "debian" | "ubuntu" | "alpine" | "wolfi" | "rhel" | "busybox" | "none";

export interface OperatingSystem {
  distro: Distro;
  /** Release the figures were taken from: "bookworm", "noble", "3.23", "9" … null for scratch. */
  release: string | null;
}

export type PackageManager = "apt" | "apk" | "microdnf" | "none";

/** What runs `RUN` in shell form and `CMD-SHELL` health checks. */
export interface Shell {
  /** Whether `/bin/sh` exists, the path shell-form instructions use. */
  binSh: boolean;
  /** What `/bin/sh` is: "dash", "busybox ash", "bash" … null when absent. */
  kind: string | null;
  /** Whether `/bin/bash` exists (scripts starting `#!/bin/bash`). */
  bash: boolean;
  /** A shell at another path, e.g. distroless :debug's `/busybox/sh`. */
  otherPath?: string;
}

/** One /etc/passwd entry. */
export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

/** The image config a stage inherits from its base (docker inspect's Config). */
export interface ImageConfig {
  /** USER as the config stores it; "" means root (uid 0). */
  user: string;
  workdir: string;
  env: Readonly<Record<string, string>>;
  entrypoint: readonly string[] | null;
  cmd: readonly string[] | null;
  /** EXPOSE in the base, e.g. ["80/tcp"]. */
  exposedPorts?: readonly string[];
  stopSignal?: string;
}

interface RuntimeBase {
  /** Version as the image ships it, e.g. "3.12.14"; may be a prefix when only that is known. */
  version: string;
  /** Absolute path of the main executable. */
  binary: string;
}

export interface PythonRuntime extends RuntimeBase {
  kind: "python";
  /** "3.12": compiled extensions and venvs only work with the same minor version. */
  minor: string;
  sitePackages: string;
  stdlib: string;
  pip: boolean;
}

export interface NodeRuntime extends RuntimeBase {
  kind: "node";
  /** npm's CLI, or null when the image ships node alone (distroless). */
  npm: string | null;
  yarn: string | null;
  corepack: boolean;
  /** node-gyp needs these headers to compile native addons. */
  headers: boolean;
}

export interface GoRuntime extends RuntimeBase {
  kind: "go";
  goroot: string;
  gopath: string;
  /** What `go build` does without CGO_ENABLED: cgo needs gcc, so it is on only where gcc is installed. */
  cgoDefault: boolean;
}

export interface RustRuntime extends RuntimeBase {
  kind: "rust";
  cargoHome: string;
  rustupHome: string;
  /** The default target decides the libc a built binary needs. */
  defaultTarget: "x86_64-unknown-linux-gnu" | "x86_64-unknown-linux-musl";
  /** Whether the default target links statically (musl) or against libc/libgcc_s (gnu). */
  staticByDefault: boolean;
}

export interface JavaRuntime extends RuntimeBase {
  kind: "java";
  javaHome: string;
  distribution: "jdk" | "jre";
  /** JDKs compile; JREs only run jars. */
  javac: boolean;
  /** The highest class-file version it runs is that of this feature release, e.g. 21. */
  feature: number;
}

export interface BuildToolRuntime extends RuntimeBase {
  kind: "maven" | "gradle";
  home: string;
}

export interface WebServerRuntime extends RuntimeBase {
  kind: "nginx" | "httpd";
  /** Where the server serves static files from by default. */
  documentRoot: string;
}

export type Runtime =
  PythonRuntime | NodeRuntime | GoRuntime | RustRuntime | JavaRuntime | BuildToolRuntime | WebServerRuntime;

export type RuntimeKind = Runtime["kind"];

/** Something worth pointing at in an image: a compiler left in a runtime image, a shell, curl. */
export interface NotableContent {
  name: string;
  path: string;
  kind: "compiler" | "build-tool" | "shell" | "network-tool" | "vcs" | "package-manager" | "library";
  size?: Figure;
}

/** A file (or a tree) of an image that the catalog knows by path and size, e.g. nginx's nginx.conf. */
export interface KnownFile {
  path: string;
  type: "file" | "dir";
  size: Figure;
}

/** A runtime fact (not a size) that no source states outright. */
export interface UncertainFact {
  field: string;
  reason: string;
}

/**
 * Which tags of which repositories an entry stands for. Tags are matched after they are split into
 * a version, variant words and an OS suffix (see parseTag): `3.12.4-slim-bookworm` is version
 * 3.12.4, variant "slim", OS bookworm.
 */
export interface TagRule {
  /** Versions measured; a tag's version matches when one starts with the other ("3.12.4" ~ "3.12"). Empty: any version. */
  versions: readonly string[];
  /** Shorter versions and channel words that float to this entry: "3", "latest", "stable", "lts". */
  floating: readonly string[];
  /** Of `floating`, the ones that pointed at exactly this image when it was measured. */
  measuredAs?: readonly string[];
  /** Variant words after the version, joined by "-": "" is the default variant. */
  variants: readonly string[];
  /** The OS releases the figures hold for: other releases of the same distro match as estimates. */
  releases: readonly string[];
  /** Whether a tag without an OS suffix means this entry's distro (python:3.12 → Debian, not Alpine). */
  defaultDistro: boolean;
  /**
   * Whether a tag without an OS suffix means this entry's release when the distro has several:
   * python:3.12 has meant trixie since Debian 13 came out, node:22 still means bookworm.
   */
  defaultRelease?: boolean;
}

/** A repository an entry stands for, e.g. "python" (Docker Hub official) or "gcr.io/distroless/static-debian12". */
export interface RepositoryName {
  name: string;
  /** Set when the repository is a close relative, not the one measured; the match is then an estimate. */
  approximation?: string;
}

export interface BaseImage {
  /** Stable id, e.g. "python:3.12-slim-bookworm". */
  id: string;
  /** Family from image-facts.md §1: "python", "distroless", … */
  family: string;
  /** A short human description. */
  title: string;
  /** The tag the figures were measured on, e.g. "python:3.12.14-slim-bookworm"; for estimates, the tag they stand for. */
  measuredTag: string;
  repositories: readonly RepositoryName[];
  tags: TagRule;
  size: Figure;
  compressedSize: Figure | null;
  os: OperatingSystem;
  libc: Libc;
  shell: Shell;
  packageManager: PackageManager;
  /** /etc/passwd; empty means the file does not exist (only a numeric USER works). */
  passwd: readonly PasswdEntry[];
  config: ImageConfig;
  runtimes: readonly Runtime[];
  caCertificates: boolean;
  tzdata: boolean;
  contents: readonly NotableContent[];
  /** Files Dockerfiles copy out of this image, with their sizes (config files, not the OS's CA bundle or zoneinfo). */
  files?: readonly KnownFile[];
  /** Source of the runtime facts (libc, shell, users, config): usually the same file as the size. */
  factsSource: Source;
  uncertain: readonly UncertainFact[];
}

/** A parsed image reference: `[registry/][namespace/]name[:tag][@digest]`. */
export interface ImageReference {
  /** The text as written. */
  raw: string;
  /** Lower-cased "docker.io" when none was given. */
  registry: string;
  /** Repository path without the registry; Docker Hub official images without "library/". */
  path: string;
  /** Registry plus path, the way catalog entries name repositories: "python", "gcr.io/distroless/static-debian12". */
  repository: string;
  tag: string | null;
  digest: string | null;
}

/** Why a resolution is not an exact, measured match; each becomes an info diagnostic. */
export type ResolutionReason =
  | "estimated-figure"
  | "untagged"
  | "latest"
  | "floating-tag"
  | "digest-only"
  | "os-release-differs"
  | "version-not-in-catalog"
  | "variant-not-in-catalog"
  | "approximate-repository"
  | "unknown-image"
  | "unexpanded-variable"
  /** A Windows container image: Stageplay models Linux images only. */
  | "windows-image";

export interface BaseImageResolution {
  reference: ImageReference;
  image: BaseImage;
  /** True when the size or facts stand in for an image the catalog did not measure. */
  estimated: boolean;
  /** Sentences a learner can read, joined; empty for an exact, measured match. */
  note: string;
  reasons: readonly ResolutionReason[];
  /** No tag was written (Docker then pulls `latest`). */
  untagged: boolean;
  /** The tag was `latest`, or none was written. */
  latest: boolean;
  /** A digest pins the image, whatever the tag says. */
  pinned: boolean;
  /** True when the reference matched no catalog family at all. */
  unknown: boolean;
}
