// What the screens draw, as plain data: small enough to cross from the engine worker on every
// keystroke. The whole Analysis (parse tree, every stage's file map) stays where it was computed; a
// stage's file tree is asked for separately when the image explorer opens it.
import type { Diagnostic } from "../diagnostics/types";
import type { Builder } from "../graph/builtStages";
import type { EdgeKind } from "../graph/types";
import type { BuildContextSummary, BuildTimes, EffectKnowledge, Step, Verdict } from "../simulate/types";
import type { StageIndex } from "../stages/types";

export interface StageView {
  index: StageIndex;
  /** `name`, or `stage-N`. */
  displayName: string;
  /** Whether the stage has an `AS` name, which `--target` needs. */
  named: boolean;
  /** The base as written after meta ARG expansion ("scratch", "golang:1.26", or the parent stage's name). */
  base: string;
  baseStage: StageIndex | null;
  /** 1-based lines of FROM and of the stage's last instruction. */
  line: number;
  endLine: number;
  /** Built for the chosen target and builder. */
  built: boolean;
  /** Built by BuildKit and by the legacy builder for the same target: where the two differ. */
  builtByBuildkit: boolean;
  builtByLegacy: boolean;
  /** Parallel level when built, else null. */
  level: number | null;
  /** The simulated size (base included), or null when the stage was not simulated. */
  sizeBytes: number | null;
  /** Part of `sizeBytes` that rests on estimates. */
  estimatedBytes: number;
  /** Why the stage is faded, e.g. "not needed for target final"; null when it is built. */
  skippedBecause: string | null;
}

/** A node that is not a stage: an image named by COPY --from / RUN --mount from=, or the build context. */
export interface SourceView {
  /** "image:<reference>" or "context". */
  id: string;
  kind: "image" | "context";
  label: string;
}

export interface EdgeView {
  /** Stable while typing: kind, source, destination and the edge's rank among equal ones. */
  id: string;
  /** "context" edges carry COPY/ADD from the build context. */
  kind: EdgeKind | "context";
  /** A stage index, "image:<reference>" or "context". */
  from: StageIndex | string;
  to: StageIndex;
  line: number;
  /** The copied (or mounted) paths as written, and the destination. */
  paths: string[];
  destination: string | null;
  /** Bytes the COPY added to the destination stage, when it was simulated. */
  bytes: number | null;
  onbuild: boolean;
  /** The target's build does not run this edge's instruction. */
  skipped: boolean;
}

export interface ArgView {
  name: string;
  /** The default as written, null for `ARG NAME`. */
  defaultText: string | null;
  /** Where it is declared: "global" (before the first FROM) or a stage's display name. */
  scope: string;
  line: number;
}

export interface LayerView {
  id: string;
  stage: StageIndex;
  line: number | null;
  instruction: string;
  kind: "base" | "copy" | "add" | "run" | "workdir";
  sizeBytes: number;
  estimated: boolean;
  knowledge: EffectKnowledge;
  notes: string[];
  /** Paths the layer adds or replaces, and whiteouts. */
  added: number;
  deleted: number;
}

/** One simulated stage as the image explorer lists it before its file tree is asked for. */
export interface StageImageView {
  stage: StageIndex;
  sizeBytes: number;
  estimatedBytes: number;
  fileCount: number;
  layers: LayerView[];
  /** Tools present in the stage's filesystem, e.g. `{ name: "sh", role: "shell" }`. */
  tools: ToolView[];
}

export interface ToolView {
  name: string;
  role: "compiler" | "build-tool" | "package-manager" | "shell" | "network-tool" | "vcs";
  path: string;
}

/** Where the final image's bytes come from. */
export interface SizeByOrigin {
  base: number;
  otherStages: number;
  otherImages: number;
  context: number;
  run: number;
}

/** What one builder stage holds that the final image does not ship. */
export interface LeftBehindView {
  stage: StageIndex;
  displayName: string;
  /** Everything the stage holds, and the part of it the final image copied. */
  totalBytes: number;
  shippedBytes: number;
  /** `alsoInFinal`: the builder's base image files when the final image starts from the same image. */
  groups: { label: string; bytes: number; examples: string[]; alsoInFinal?: boolean }[];
  tools: ToolView[];
}

export interface ImageView {
  target: StageIndex;
  base: string;
  sizeBytes: number;
  estimatedBytes: number;
  /** Bytes of the base image layer(s) alone. */
  baseBytes: number;
  fileCount: number;
  layers: LayerView[];
  verdict: Verdict;
  sizeByOrigin: SizeByOrigin;
  tools: ToolView[];
}

/** Everything the panels draw for one analysis. */
export interface AnalysisView {
  /** Increases with every analysis a session makes; the file tree request names the one it wants. */
  version: number;
  options: { target: string | null; buildArgs: Record<string, string>; builder: Builder; platform: string };
  lineCount: number;
  /** The first error that stops the file parsing, or null: while there is one, the diagram is out of date. */
  parseError: { line: number; message: string } | null;
  stages: StageView[];
  sources: SourceView[];
  edges: EdgeView[];
  target: StageIndex | null;
  /** The stage built when no target is chosen: the last one. */
  defaultTarget: StageIndex | null;
  levels: StageIndex[][];
  args: ArgView[];
  diagnostics: Diagnostic[];
  steps: Step[];
  times: BuildTimes;
  /** The step the build stops at, with BuildKit's error, when it fails. */
  failure: { stepId: string | null; line: number; message: string } | null;
  stageImages: StageImageView[];
  image: ImageView | null;
  leftBehind: LeftBehindView[];
  context: BuildContextSummary | null;
  /** The build context's paths, for "what re-runs if I edit…". */
  contextPaths: string[];
  /** The chosen builder's progress log, each line timed on the simulated timeline. */
  log: BuildLogEntry[];
}

/** One line of the simulated build's progress log. */
export interface BuildLogEntry {
  /** When the line appears, in ms on the timeline of `steps`. */
  atMs: number;
  /** The step the line belongs to; null for the builder's own lines (loading, exporting, errors). */
  stepId: string | null;
  text: string;
  kind: "header" | "info" | "output" | "done" | "cached" | "error" | "note";
  /** A blank line comes before it: a new vertex, or BuildKit's closing error. */
  gap: boolean;
}

/** One row of a stage's file tree in the image explorer. */
export interface FileRow {
  path: string;
  type: "file" | "dir" | "symlink";
  sizeBytes: number;
  /** A big tree the simulator counts as a whole (a base image's contents, site-packages…). */
  bulk: boolean;
  estimated: boolean;
  /** The layer and line that added the path (null line: the base image). */
  layerId: string;
  line: number | null;
  /** In words: "base image python:3.12-slim", "build context app.py", "line 9", "copied from build /out/server". */
  origin: string;
  /** A later layer deleted it: the bytes still count in the layer that added it. */
  deleted: boolean;
  target?: string;
}

export interface StageFilesView {
  version: number;
  stage: StageIndex;
  files: FileRow[];
}

/** What re-runs after a build context file changes. */
export interface RerunView {
  /** The analysis the answer is about, as `AnalysisView.version` numbers them. */
  version: number;
  path: string;
  steps: { stepId: string; line: number; text: string; status: "cached" | "rerun"; because: string | null }[];
}

/** The figures the showdown compares for one Dockerfile. */
export interface ShowdownFigures {
  sizeBytes: number | null;
  estimatedBytes: number;
  baseBytes: number | null;
  base: string | null;
  layers: number;
  fileCount: number;
  tools: ToolView[];
  buildMs: number;
  runs: boolean | null;
  /** The first failing reason of the verdict, or the build's error. */
  problem: string | null;
  errors: number;
}
