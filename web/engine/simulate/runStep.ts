// A RUN as a layer: the core gives the RUN interpreter a read-only view of the stage, its
// environment and mounts, and turns the net changes it reports into a layer (deletions of lower
// files become whiteouts that save nothing).
import type { Edge } from "../graph/types";
import { readMountFlagOf, summarizeMount } from "../graph/readMountFlag";
import type { Instruction } from "../parse/types";
import type { StageIndex } from "../stages/types";
import type { BaseImage } from "./catalog/types";
import { layerDraft, stepOrigin } from "./filesystem/layerDraft";
import { dirNode } from "./filesystem/fileNode";
import { hashContent } from "./hash";
import { fsReader, walkFs, type LayeredFs } from "./filesystem/layeredFs";
import { joinPath, normalizePath } from "./filesystem/paths";
import type { RunEffect, RunMount } from "./run/types";
import { carriedRoots } from "./unknownRoots";
import { runEffect } from "./runAdapter";
import type { FileNode, Layer } from "./types";

export interface RunInput {
  instruction: Instruction;
  stage: StageIndex;
  fs: LayeredFs;
  env: Readonly<Record<string, string>>;
  workdir: string;
  user: string;
  shell: readonly string[];
  base: BaseImage | null;
  /** Where earlier steps may have put files the simulator does not list. */
  unknownRoots: readonly string[];
  /** The mount edges of this instruction (their `from` resolved by the graph). */
  mountEdges: readonly Edge[];
  /**
   * What a bind mount shows: the build context (`from` null) or a simulated stage's filesystem;
   * null when Stageplay does not have it (no context given, an image, a stage not simulated).
   */
  mountTree?: (from: StageIndex | string | null) => MountSource | null;
  layerId: string;
  layerText: string;
}

/** The command as the interpreter takes it: exec-form argv, or shell text with heredoc bodies. */
/** What a bind mount shows, and where in it files may lie that Stageplay does not list. */
export interface MountSource {
  tree: LayeredFs;
  unknownRoots: readonly string[];
}

export function runCommand(instruction: Instruction): string | string[] {
  if (instruction.json) return instruction.args.map((w) => w.value);
  if (instruction.heredocs.length === 0) return instruction.text;
  return [instruction.text, ...instruction.heredocs.map((h) => h.content + h.name)].join("\n");
}

export function runStep(input: RunInput): { layer: Layer; effect: RunEffect; mountKey: string } {
  const { instruction, stage } = input;
  const line = instruction.range.start.line;
  const mountRoots: string[] = [];
  const mounts = readMounts(instruction, input.mountEdges, input.workdir, input.mountTree, mountRoots);
  const effect = runEffect(runCommand(instruction), {
    fs: fsReader(input.fs),
    env: input.env,
    workdir: input.workdir,
    user: input.user,
    shell: input.shell,
    base: input.base,
    stage,
    line,
    unknownRoots: mountRoots.length > 0 ? [...input.unknownRoots, ...mountRoots] : input.unknownRoots,
    mounts,
  });
  const draft = layerDraft(input.fs, stepOrigin(stage, line));
  for (const change of effect.changes) {
    if (change.op === "delete") draft.remove(change.path);
    else draft.put(change.node);
  }
  draft.know(effect.knowledge);
  for (const command of effect.commands) if (command.note) draft.note(command.note);
  const layer = draft.finish({ id: input.layerId, stage, line, instruction: input.layerText, kind: "run" });
  // A command of unknown effect may have written anywhere.
  if (effect.unknownWrites) layer.unknownUnder = ["/"];
  const cacheTargets = mounts.filter((m) => m.type === "cache" && m.target !== "").map((m) => m.target);
  if (cacheTargets.length > 0) layer.cacheMounts = cacheTargets;
  // A bind mount of the context makes the step depend on the files it shows, as a COPY would.
  let mountKey = "";
  for (const mount of mounts) {
    if (mount.from !== null || !mount.files) continue;
    for (const node of mount.files)
      mountKey += `${node.path} ${node.sizeBytes} ${hashContent(node.content ?? "")}\n`;
  }
  return { layer, effect, mountKey };
}

/** The nodes a bind mount of `source` in `tree` shows at `target`; undefined when it is not there. */
function boundFiles(tree: LayeredFs, source: string | null, target: string): FileNode[] | undefined {
  const from = normalizePath(source ?? "/", "/");
  const node = from === "/" ? undefined : tree.nodes.get(from);
  if (from !== "/" && !node) return undefined;
  if (node && node.type !== "dir") return [{ ...node, path: target }];
  const skip = from === "/" ? 1 : from.length + 1;
  const root: FileNode = node ? { ...node, path: target } : dirNode(target, { kind: "context", path: "" });
  return [
    root,
    ...walkFs(tree, from).map((child) => ({ ...child, path: joinPath(target, child.path.slice(skip)) })),
  ];
}

function readMounts(
  instruction: Instruction,
  edges: readonly Edge[],
  workdir: string,
  mountTree: RunInput["mountTree"],
  /** Filled with the mounted sources' unknown roots, as they appear under their targets. */
  mountRoots: string[],
): RunMount[] {
  const mounts: RunMount[] = [];
  for (const flag of instruction.flags) {
    if (flag.name.replace(/^--/, "") !== "mount" || flag.value === null) continue;
    const { fields, error } = readMountFlagOf(flag);
    if (error) continue;
    const summary = summarizeMount(fields);
    const type =
      (["bind", "cache", "tmpfs", "secret", "ssh"] as const).find((t) => t === summary.type) ?? "bind";
    const edge = edges.find((e) => e.fromText === summary.from);
    const readWrite = fields.some(
      (f) => f.key === "rw" || f.key === "readwrite" || (f.key === "readonly" && f.value === "false"),
    );
    const target = summary.target === "" ? "" : normalizePath(summary.target, workdir);
    const from = edge ? edge.from : summary.from === "" ? null : summary.from;
    const source = summary.source === "" ? null : summary.source;
    const mounted = type === "bind" && target !== "" ? (mountTree?.(from) ?? null) : null;
    const files = mounted ? boundFiles(mounted.tree, source, target) : undefined;
    if (mounted)
      mountRoots.push(...carriedRoots(mounted.unknownRoots, normalizePath(source ?? "/", "/"), target));
    mounts.push({
      type,
      target,
      from,
      source,
      readOnly: type === "bind" ? !readWrite : fields.some((f) => f.key === "ro" || f.key === "readonly"),
      ...(files ? { files } : {}),
    });
  }
  return mounts;
}
