// The simulator's vocabulary: a virtual filesystem built layer by layer, the steps of a build, the
// final image and whether it would start. Views (build player, image explorer, showdown) read these
// types directly, so they hold data only: no functions, no class instances, JSON-serialisable.
import type { Diagnostic, Range } from "../diagnostics/types";
import type { StageIndex } from "../stages/types";
import type { BaseImageResolution, ImageConfig, LibcFamily } from "./catalog/types";

// ─── Files ────────────────────────────────────────────────────────────────────────────────────────

/** Where a file came from: what the image explorer shows and what a size is traced back to. */
export type FileOrigin =
  /** Part of the stage's base image; `imageId` is the catalog entry (or the estimate's id). */
  | { kind: "base"; imageId: string }
  /** A file of the build context, copied by COPY/ADD. */
  | { kind: "context"; path: string }
  /** Made by a step of a stage (RUN, WORKDIR, a heredoc, ADD of a URL…). */
  | { kind: "step"; stage: StageIndex; line: number };

/**
 * What the simulator knows a file *is*, beyond its bytes. The start verdict and the teaching checks
 * reason on these facts, never on file names alone.
 */
export type FileFact =
  /** An ELF executable or shared object. `libc: "none"` with static linkage runs anywhere. */
  | {
      kind: "elf";
      linkage: "static" | "dynamic";
      libc: LibcFamily;
      /** Shared libraries it needs besides libc, e.g. ["libgcc_s.so.1"]. */
      needs: string[];
      /** The toolchain that produced it, for messages: "go", "rust", "gcc"… */
      producer?: string;
      /**
       * The linkage is a likely guess, not a fact: a cgo Go build whose sources Stageplay could not
       * read links dynamically only if they import net, os/user or C.
       */
      guessed?: boolean;
    }
  /** A script started through its `#!` line, e.g. a venv's `bin/gunicorn` → `/build/.venv/bin/python`. */
  | { kind: "script"; interpreter: string }
  /** A language interpreter or runtime binary (python3.12, node, java). */
  | { kind: "interpreter"; language: "python" | "node" | "java"; version: string }
  /** An installed Python distribution in a site-packages (or prefix/target) directory. */
  | {
      kind: "python-package";
      /** Distribution name as installed, e.g. "flask". */
      name: string;
      /** Names it can be imported as, e.g. ["flask"]. */
      imports: string[];
      /** The site-packages directory holding it. */
      sitePackages: string;
      /** The Python minor version it was installed for ("3.12"); compiled extensions need the same one. */
      pythonMinor: string | null;
      /** Compiled extensions link against this libc (manylinux → glibc, musllinux → musl). */
      nativeLibc: LibcFamily | null;
      /** Console scripts it installed, with their paths (e.g. /usr/local/bin/gunicorn). */
      scripts: string[];
    }
  /** A Python virtual environment; `home` is the interpreter directory written in pyvenv.cfg. */
  | { kind: "venv"; home: string; pythonMinor: string | null }
  /** A node_modules tree (its root directory). `native` is set when it holds compiled addons. */
  | { kind: "node-modules"; packages: string[]; production: boolean; native: LibcFamily | null }
  /** A Java archive and the class-file release it needs. */
  | { kind: "jar"; javaRelease: number; executable: boolean }
  /** Application source the simulator read, with what it imports (from the file's content). */
  | {
      kind: "source";
      language: "python" | "javascript" | "go" | "rust" | "java" | "other";
      imports: string[];
    }
  /** Static web content (a React build's dist/, HTML). */
  | { kind: "static-site" }
  /** Download caches and package lists nothing reads at run time. */
  | {
      kind: "cache";
      tool: "pip" | "npm" | "yarn" | "pnpm" | "go" | "cargo" | "maven" | "gradle" | "apt" | "apk";
    }
  /** A tool a runtime image does not need: compilers, package managers, shells, curl. */
  | {
      kind: "tool";
      name: string;
      role: "compiler" | "build-tool" | "package-manager" | "shell" | "network-tool" | "vcs";
    }
  /** CA certificates (/etc/ssl/certs/ca-certificates.crt) or time zone data (/usr/share/zoneinfo). */
  | { kind: "ca-certificates" }
  | { kind: "zoneinfo" }
  /**
   * A system package apt installed in a step (dpkg's status): `auto` when apt pulled it in only for
   * the packages in `neededBy`, so that `apt-get autoremove` removes it once none of them is left.
   */
  | { kind: "package"; name: string; auto: boolean; neededBy: string[] }
  /** /etc/passwd, with the users it defines. */
  | { kind: "passwd"; users: { name: string; uid: number; gid: number; home: string }[] };

export type FileType = "file" | "dir" | "symlink";

/**
 * One path in a virtual filesystem. Big trees the simulator does not model file by file (a base
 * image's /usr, site-packages of a package, node_modules) are one node with `bulk: true` whose
 * `sizeBytes` is the whole tree's; its children, if any are modelled, are counted separately.
 */
export interface FileNode {
  /** Absolute, normalised, no trailing slash ("/" for the root). */
  path: string;
  type: FileType;
  /** Bytes this node itself adds to a layer: the file's size, or a bulk tree's total; 0 for a plain directory. */
  sizeBytes: number;
  bulk: boolean;
  /** Octal permission bits as a number, e.g. 0o755. */
  mode: number;
  uid: number;
  gid: number;
  /** Symlink target. */
  target?: string;
  origin: FileOrigin;
  /** Set when the file was copied from another stage or an image by COPY --from. */
  copiedFrom?: { from: StageIndex | string; path: string; line: number };
  facts: FileFact[];
  /** The text, for small files the simulator must read (requirements.txt, package.json, app.py, heredocs). */
  content?: string;
  /** The size is an estimate (from the catalog's EST figures or an unknown image). */
  estimated?: boolean;
}

// ─── Layers and steps ─────────────────────────────────────────────────────────────────────────────

/** How well the simulator understands what a step did to the filesystem. */
export type EffectKnowledge = "known" | "partial" | "unknown";

/**
 * One filesystem layer. Deleting a file in a later layer records a whiteout: the file disappears
 * from the view but the earlier layer still carries (and bills) its bytes.
 */
export interface Layer {
  /** Unique in a simulation, e.g. "s1.l3". */
  id: string;
  stage: StageIndex;
  /** 1-based line of the instruction; null for the base image's layer. */
  line: number | null;
  /** The instruction as a log shows it, e.g. `RUN pip install -r requirements.txt`; the image reference for a base layer. */
  instruction: string;
  kind: "base" | "copy" | "add" | "run" | "workdir";
  added: FileNode[];
  /** Paths that existed below and are replaced (a metadata change like chown copies the whole file up). */
  modified: FileNode[];
  /** Whiteouts. */
  deleted: string[];
  /** Bytes of `added` + `modified`. Whiteouts cost nothing and save nothing. */
  sizeBytes: number;
  knowledge: EffectKnowledge;
  /**
   * Where this step may have put files it does not list: "/" for a RUN with a command of unknown
   * effect, a COPY's destination when what it copied is unknown (no build context, an unknown
   * source). A path under one of these is not known to be absent: it is unknown.
   */
  unknownUnder?: string[];
  /** Targets of a RUN's cache mounts: what the step wrote under them stayed in the builder's cache, not in this layer. */
  cacheMounts?: string[];
  /** Sentences about what the simulator did or could not tell, e.g. `"foo" is not a command Stageplay knows`. */
  notes: string[];
  /** Part of `sizeBytes` that is an estimate. */
  estimated: boolean;
}

export type StepStatus = "run" | "cached" | "skipped";

/** One line of a build log: an instruction of a built stage (FROM included, as `[stage 1/N] FROM …`). */
export interface Step {
  /** Unique in a simulation, e.g. "s1.3". */
  id: string;
  stage: StageIndex;
  /** 1-based position in the stage, FROM is 1, as BuildKit's `[build 2/4]`. */
  position: number;
  /** Number of steps in the stage. */
  of: number;
  line: number;
  range: Range;
  /** The instruction as the log prints it (keyword upper-case, arguments as written, flags kept). */
  text: string;
  keyword: string;
  /** The layer this step made, or null for metadata-only steps (ENV, CMD…). */
  layer: string | null;
  /** Content hash of everything the step's result depends on (parent key, instruction, copied files). */
  cacheKey: string;
  /** Steps that must finish first: the previous step of the stage, and the last step of a stage it copies from. */
  after: string[];
  /** Estimated wall time in milliseconds and the reason, e.g. "pip install of 3 packages". */
  durationMs: number;
  durationNote: string;
  /** Offsets on the simulated timeline as BuildKit schedules it (parallel stages). */
  startMs: number;
  endMs: number;
  status: StepStatus;
}

// ─── Stages and the image ────────────────────────────────────────────────────────────────────────

/** A simulated stage: its base, its layers, its config, and the final view of its filesystem. */
export interface StageSimulation {
  stage: StageIndex;
  /** The catalog's reading of the base image, or null for `FROM <stage>` and scratch. */
  base: BaseImageResolution | null;
  /** Layers bottom to top, the base image's (or the parent stage's) included. */
  layers: Layer[];
  /** The merged view: every visible path, sorted. */
  files: FileNode[];
  config: ImageConfig & {
    labels: Record<string, string>;
    volumes: string[];
    shell: string[];
    healthcheck: { test: string[]; shellForm: boolean; line: number } | null;
    /** Lines where ENTRYPOINT and CMD were last set in this stage (null when inherited). */
    entrypointLine: number | null;
    cmdLine: number | null;
    /** Whether ENTRYPOINT/CMD were written in shell form (they then run through /bin/sh -c). */
    entrypointShellForm: boolean;
    cmdShellForm: boolean;
    userLine: number | null;
  };
  /** Sum of all layers' bytes, base included: what `docker images` would show. */
  sizeBytes: number;
  /** Part of sizeBytes that rests on estimates. */
  estimatedBytes: number;
}

export type VerdictCheck =
  /** The build itself stops before there is an image: its error is the build's, at the failing step. */
  "build" | "command" | "shell" | "interpreter" | "dependencies" | "libc" | "java" | "user" | "permissions";

/** One reason the image would or would not start, with the line to blame and the fix. */
export interface VerdictReason {
  check: VerdictCheck;
  ok: boolean;
  /** In words a learner understands. */
  message: string;
  /** The error the container would print, e.g. `exec /app: no such file or directory`. */
  runtimeError?: string;
  /** The instruction to blame (1-based), or null when nothing in the Dockerfile is. */
  line: number | null;
  fix?: string;
  /** A failing reason that a step or image Stageplay cannot see into may undo: it cannot tell. */
  unsure?: boolean;
}

export interface Verdict {
  /**
   * Whether `docker run` of the target image would start the program: true ("starts"), false
   * ("would not start", only when that is certain) or null ("cannot tell": a reason failed, but an
   * unknown step or image could have supplied what it misses; the reasons name what is unknown).
   */
  runs: boolean | null;
  /** False when an unknown step could have changed the answer. */
  certain: boolean;
  /**
   * A FROM scratch stage with no command that only collects files for `docker build --output`: an
   * export, not an image meant to run. `runs` is then null and the one reason says so.
   */
  exportOnly?: boolean;
  /** The command the container runs: ENTRYPOINT + CMD, with `/bin/sh -c` for shell form. */
  command: string[] | null;
  reasons: VerdictReason[];
}

export interface ImageSummary {
  target: StageIndex;
  /** The image reference the final stage starts from ("scratch" included), after ARG expansion. */
  base: string;
  sizeBytes: number;
  estimatedBytes: number;
  /** The final stage's layers (its base chain's included), bottom to top. */
  layers: Layer[];
  verdict: Verdict;
}

export interface BuildTimes {
  /** Wall time as BuildKit runs it: parallel stages, so the critical path. */
  buildkitMs: number;
  /** As the legacy builder runs it: every stage up to the target, one step after another. */
  legacyMs: number;
  /** Step ids on the critical path, in order. */
  criticalPath: string[];
}

/** What the simulator adds to an Analysis. */
export interface Simulation {
  stages: StageSimulation[];
  /** Steps of the built stages, in the order a plain progress log prints them. */
  steps: Step[];
  image: ImageSummary | null;
  times: BuildTimes;
  diagnostics: Diagnostic[];
  /** The build context as sent to the builder, or null when the caller gave none. */
  context?: BuildContextSummary | null;
}

/** What the builder receives as the context after `.dockerignore`. */
export interface BuildContextSummary {
  files: number;
  sizeBytes: number;
  /** Context paths `.dockerignore` left out, sorted. */
  ignored: string[];
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────────────

/** A file of the build context given by the caller (a lesson's folder, `--context DIR`, the playground). */
export interface ContextFile {
  /** Relative to the context root, "/"-separated, e.g. "src/app.py". */
  path: string;
  sizeBytes: number;
  /** The text, when the caller has it (the CLI reads files under 1 MB; lessons ship their text). */
  content?: string;
  /** Octal permission bits; 0o644 by default. */
  mode?: number;
}

export interface SimulateOptions {
  context?: ContextFile[];
  /** Cache keys of a previous build: steps whose key is here are CACHED. */
  previousCacheKeys?: readonly string[];
}
