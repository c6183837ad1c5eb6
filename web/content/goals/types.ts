// Lesson goals: a closed vocabulary of checks on the simulated build, each with the sentence the
// learner sees. They are data (lesson.json), evaluated by evaluateGoals on the engine's analysis,
// never on the Dockerfile's text alone.

/** Families a final base image can be asked to belong to. */
export type BaseFamily = "distroless" | "alpine" | "scratch" | "slim";
export const BASE_FAMILIES: readonly BaseFamily[] = ["distroless", "alpine", "scratch", "slim"];

/** Kinds of tool an image can be asked to have or to lack. */
export type ToolKind = "compiler" | "shell" | "package-manager" | "build-cache";
export const TOOL_KINDS: readonly ToolKind[] = ["compiler", "shell", "package-manager", "build-cache"];

export type MountType = "cache" | "bind" | "secret" | "ssh" | "tmpfs";
export const MOUNT_TYPES: readonly MountType[] = ["cache", "bind", "secret", "ssh", "tmpfs"];

/** What a build argument is expected to change. */
export type ArgEffect = "final-base" | "image-size" | "built-stages" | "command";
export const ARG_EFFECTS: readonly ArgEffect[] = ["final-base", "image-size", "built-stages", "command"];

export type GoalCheck =
  /** How many stages the Dockerfile has: exactly N, or at least N. */
  | { kind: "stage-count"; exactly?: number; atLeast?: number }
  /** The final image's base: an exact reference (`gcr.io/distroless/static-debian12`), or a family. */
  | { kind: "final-base"; image?: string; family?: BaseFamily }
  /** The final image's size: under N MB (10^6 bytes, as `docker images`), or N times smaller than the starter's. */
  | { kind: "image-size"; underMB?: number; smallerThanStarterBy?: number }
  /** The final image has (or lacks) a path, a file or anything under a directory. */
  | { kind: "image-path"; path: string; present: boolean }
  /** The final image has (or lacks) a kind of tool. */
  | { kind: "image-tool"; tool: ToolKind; present: boolean }
  /** `docker run` of the image would start its program. */
  | { kind: "image-starts" }
  /** Some stage copies from another stage (`COPY --from`), optionally from a named one, optionally a path. */
  | { kind: "copies-from-stage"; from?: string; path?: string }
  /** No errors; with `rules`, also no finding of any of those rules (warnings and notes included). */
  | { kind: "no-errors"; rules?: string[] }
  /** Building `--target` (with a builder) runs the stages in `builds` and skips those in `skips`. */
  | {
      kind: "target-builds";
      target: string;
      builder?: "buildkit" | "legacy";
      builds: string[];
      skips: string[];
    }
  /** After editing the context file `file`, the steps whose instruction starts with each of `reused` come from the cache. */
  | { kind: "cached-after-edit"; file: string; reused: string[] }
  /** The final image runs its program as a user other than root. */
  | { kind: "non-root-user" }
  /** A built stage uses `RUN --mount=type=<type>`. */
  | { kind: "uses-mount"; type: MountType }
  /** Building with `--build-arg arg=value` changes what `changes` names, compared with the defaults. */
  | { kind: "build-arg-changes"; arg: string; value: string; changes: ArgEffect }
  /**
   * In BuildKit's simulated build, the named stages run side by side: none waits for another
   * (through `FROM <stage>`, `COPY --from` or `RUN --mount=from`) and their steps overlap in time.
   */
  | { kind: "stages-in-parallel"; stages: string[] }
  /**
   * BuildKit's simulated wall time (its critical path) is at least this fraction (0.3 = 30%) shorter
   * than the starter's, and/or than the legacy builder's for the same Dockerfile.
   */
  | { kind: "build-time"; fasterThanStarterBy?: number; fasterThanLegacyBy?: number };

export type GoalKind = GoalCheck["kind"];

export interface Goal {
  /** Unique in its lesson; hints name it to be shown when the goal fails. */
  id: string;
  /** What the learner reads, e.g. "The final image has no Go compiler". */
  sentence: string;
  check: GoalCheck;
}

/** A goal checked on one analysis. */
export interface GoalResult {
  id: string;
  sentence: string;
  passed: boolean;
  /** What the goal asks for, in Dockerfile terms; derived from the check, so it never disagrees with it. */
  expected: string;
  /** When failed: what the build has instead, e.g. "the final image still has /usr/local/go (…), added by line 1 `FROM golang:1.22`". */
  found: string | null;
  /** The line to look at, 1-based, when one is to blame. */
  line: number | null;
}
