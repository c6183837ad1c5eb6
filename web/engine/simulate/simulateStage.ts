// One stage, instruction by instruction: its base (an image's layer from the catalog, or the parent
// stage's layers), COPY/ADD, RUN and WORKDIR as layers and steps, the rest as image config. Steps
// are BuildKit's vertices (FROM <image>, RUN, COPY, ADD, WORKDIR), numbered as its log numbers them.
import type { Diagnostic } from "../diagnostics/types";
import { lexWord } from "../expand/lexWord";
import type { Edge } from "../graph/types";
import type { Instruction } from "../parse/types";
import type { Stage, StageIndex } from "../stages/types";
import type { BaseImage, BaseImageResolution } from "./catalog/types";
import { applyConfig, initialConfig, type StageConfig } from "./config/stageConfig";
import { copyStep } from "./copy/copyStep";
import { resolveChown } from "./copy/resolveChown";
import { readCopyFlags } from "./copy/copyFlags";
import type { CopySource } from "./copy/copySources";
import { dirNode } from "./filesystem/fileNode";
import { layerDraft, stepOrigin } from "./filesystem/layerDraft";
import {
  applyLayer,
  emptyFs,
  forkFs,
  visibleFiles,
  visibleFilesOver,
  type LayeredFs,
} from "./filesystem/layeredFs";
import { cacheKeyOf, hashText } from "./hash";
import { runStep } from "./runStep";
import { copySource, edgesOf, stageTail } from "./stageLinks";
import { stepText } from "./stepText";
import { copyDuration, pullDuration, WORKDIR_DURATION } from "./stepDuration";
import type { FileNode, Layer, StageSimulation, Step } from "./types";
import type { WorkBudget } from "./workBudget";

/** A simulated stage with what later stages and the schedule need from it. */
export interface StageResult {
  sim: StageSimulation;
  fs: LayeredFs;
  steps: Step[];
  /** The cache key of the stage's final state. */
  key: string;
  lastStepId: string | null;
  /** The catalog entry at the root of the FROM chain (null for scratch). */
  rootBase: BaseImage | null;
  diagnostics: Diagnostic[];
  /** First line whose COPY sources were unknown because no context was given. */
  noContextLine: number | null;
  /** `sim.files` when something has read it already, without listing it otherwise. */
  listedFiles: () => FileNode[] | undefined;
  /** Where the stage's layers may hold files Stageplay does not list. */
  unknownRoots: readonly string[];
}

export interface StageEnvironment {
  stages: readonly Stage[];
  escapeChar: "\\" | "`";
  argValues: ReadonlyMap<Instruction, Readonly<Record<string, string>>>;
  edgesByInstruction: ReadonlyMap<Instruction, Edge[]>;
  done: ReadonlyMap<StageIndex, StageResult>;
  context: CopySource;
  /** External images COPY --from reads (modelled from the catalog), cached per reference. */
  imageSource: (reference: string) => CopySource;
  previousKeys: ReadonlySet<string>;
  /** The catalog's reading of a FROM image and its base layer, cached per reference. */
  baseImage: (reference: string) => { resolution: BaseImageResolution; layer: Layer };
}

const NEEDS_LEXING = /[$'"\\`]/;
const VERTICES = new Set(["RUN", "COPY", "ADD", "WORKDIR"]);

/**
 * Simulates `stage`, charging its file node work to `budget`. Returns null when the budget runs out
 * during the stage: the stage is then not simulated at all.
 */
export function simulateStage(stage: Stage, env: StageEnvironment, budget?: WorkBudget): StageResult | null {
  const index = stage.index;
  const parent = stage.baseStage !== null ? env.done.get(stage.baseStage) : undefined;
  const diagnostics: Diagnostic[] = [];
  const steps: Step[] = [];
  let layers: Layer[] = [];
  let fs: LayeredFs;
  let config: StageConfig;
  let key: string;
  let lastStepId: string | null = null;
  let rootBase: BaseImage | null = null;
  let resolution: StageSimulation["base"] = null;
  let noContextLine: number | null = null;
  // FROM <stage> runs that stage's ONBUILD triggers first (they are not passed on to grandchildren).
  const triggers =
    stage.baseStage === null
      ? []
      : (env.stages[stage.baseStage]?.instructions ?? []).flatMap((i) =>
          i.keyword === "ONBUILD" && i.trigger ? [i.trigger] : [],
        );
  const instructions = triggers.length > 0 ? [...triggers, ...stage.instructions] : stage.instructions;
  const vertexCount = instructions.filter((i) => VERTICES.has(i.keyword)).length;
  let position = 0;
  let of = vertexCount;
  // This stage's own layers so far (a FROM <stage> child starts with its parent's): a counter, not a
  // filter over all layers per instruction, which made a long stage quadratic.
  let ownLayers = 0;
  // Where the layers so far may hold files the simulator does not list (Layer.unknownUnder).
  const unknownRoots: string[] = [];
  const pushLayer = (layer: Layer) => {
    layers.push(layer);
    ownLayers++;
    if (layer.unknownUnder) unknownRoots.push(...layer.unknownUnder);
  };

  const addStep = (
    instruction: Instruction,
    text: string,
    layer: Layer | null,
    stepKey: string,
    duration: { ms: number; note: string },
    after: string[],
  ) => {
    const cached = env.previousKeys.has(stepKey);
    const step: Step = {
      id: `s${index}.${++position}`,
      stage: index,
      position,
      of,
      line: instruction.range.start.line,
      range: instruction.range,
      text,
      keyword: instruction.keyword,
      layer: layer?.id ?? null,
      cacheKey: stepKey,
      after: after.length > 1 ? [...new Set(after)] : after,
      durationMs: cached ? 0 : duration.ms,
      durationNote: cached ? `reused from the cache (${duration.note})` : duration.note,
      startMs: 0,
      endMs: 0,
      status: cached ? "cached" : "run",
    };
    steps.push(step);
    lastStepId = step.id;
  };

  if (stage.baseStage !== null && parent) {
    // The fork shares the parent's nodes, but listing this stage's files costs at least its size.
    if (budget && !budget.allows(parent.fs.nodes.size)) return null;
    fs = forkFs(parent.fs);
    layers = [...parent.sim.layers];
    unknownRoots.push(...parent.unknownRoots);
    config = initialConfig(null, parent.sim.config);
    key = parent.key;
    lastStepId = parent.lastStepId;
    rootBase = parent.rootBase;
  } else {
    fs = emptyFs();
    const base = env.baseImage(stage.base || stage.baseText);
    resolution = base.resolution;
    config = initialConfig(resolution.image.config, null);
    const scratch = resolution.image.family === "scratch";
    key = cacheKeyOf("FROM", stage.image?.normalized ?? stage.base, stage.platform ?? "");
    if (resolution.note) {
      diagnostics.push({
        severity: "info",
        rule: resolution.unknown ? "UnknownBaseImage" : "EstimatedBaseImage",
        message: resolution.note,
        range: stage.from.args[0]?.range ?? stage.from.range,
      });
    }
    if (!scratch) {
      rootBase = resolution.image;
      const layer: Layer = Object.assign(
        {},
        base.layer,
        // What an image outside the catalog holds is unknown everywhere.
        resolution.unknown
          ? { id: `s${index}.l0`, stage: index, unknownUnder: ["/"] }
          : { id: `s${index}.l0`, stage: index },
      );
      pushLayer(layer);
      applyLayer(fs, layer);
      budget?.charge(layerNodes(layer));
      of += 1;
      const name = stage.image?.normalized ?? resolution.reference.raw;
      addStep(stage.from, `FROM ${name}`, layer, key, pullDuration(resolution.image), []);
    } else resolution = null;
  }

  // One environment per (ARGs, ENV) pair, rebuilt only when either changes: ENV wins over an ARG.
  let currentArgs: Readonly<Record<string, string>> = {};
  let cachedFor: [unknown, unknown] = [null, null];
  let cachedVars: Record<string, string> = {};
  let cachedMap = new Map<string, string>();
  let cachedText: string | null = null;
  const vars = () => {
    if (cachedFor[0] !== currentArgs || cachedFor[1] !== config.env) {
      cachedFor = [currentArgs, config.env];
      cachedVars = Object.assign({}, currentArgs, config.env);
      cachedMap = new Map(Object.entries(cachedVars));
      cachedText = null;
    }
    return cachedVars;
  };
  // The environment's part of a RUN's cache key, only when a RUN needs it (sorting and hashing every
  // variable again after each ENV made a stage of many ENVs quadratic for nothing).
  const varsKey = () => {
    vars();
    cachedText ??= hashText(
      Object.entries(cachedVars)
        .sort()
        .map(([k, v]) => `${k}=${v}`)
        .join("\n"),
    );
    return cachedText;
  };
  // Words without `$`, quotes or escapes expand to themselves; most words are like that.
  const expand = (text: string) => {
    if (!NEEDS_LEXING.test(text)) return text;
    vars();
    const result = lexWord(text, cachedMap, { escapeChar: env.escapeChar });
    return result.error ? text : result.value;
  };

  for (const instruction of instructions) {
    const keyword = instruction.keyword;
    const args = env.argValues.get(instruction) ?? {};
    currentArgs = args;
    const text = VERTICES.has(keyword) ? stepText(instruction) : "";
    const line = instruction.range.start.line;
    const layerId = `s${index}.l${ownLayers}`;
    const previous = lastStepId === null ? [] : [lastStepId];
    if (keyword === "WORKDIR") {
      applyConfig(config, instruction, expand);
      let layer: Layer | null = null;
      if (!fs.nodes.has(config.workdir)) {
        // BuildKit creates it as the USER in effect (its mkdir runs WithUser), unknown users as root.
        const owner = resolveChown(config.user === "" ? null : config.user, fs, unknownRoots);
        const draft = layerDraft(fs, stepOrigin(index, line));
        const dir = dirNode(config.workdir, stepOrigin(index, line));
        if (!owner.error) Object.assign(dir, { uid: owner.uid, gid: owner.gid });
        draft.put(dir);
        layer = draft.finish({ id: layerId, stage: index, line, instruction: text, kind: "workdir" });
      }
      if (layer) {
        pushLayer(layer);
        applyLayer(fs, layer);
        budget?.charge(layerNodes(layer));
      }
      key = cacheKeyOf(key, "WORKDIR", config.workdir, config.user);
      addStep(instruction, text, layer, key, WORKDIR_DURATION, previous);
    } else if (keyword === "COPY" || keyword === "ADD") {
      const { from, link } = readCopyFlags(instruction);
      const source = from ? copySource(instruction, index, env) : env.context;
      // Copying may take every node of the source, and the stage's list then holds them too: past the
      // budget, stop before doing the work.
      if (budget && "tree" in source && !budget.allows(2 * source.tree.nodes.size + fs.nodes.size))
        return null;
      const result = copyStep({
        instruction,
        stage: index,
        fs,
        workdir: config.workdir,
        expand,
        source,
        layerId,
        layerText: text,
        unknownRoots,
      });
      diagnostics.push(...result.diagnostics);
      if (result.noContext && noContextLine === null) noContextLine = line;
      pushLayer(result.layer);
      applyLayer(fs, result.layer);
      budget?.charge(layerNodes(result.layer));
      const stepKey = cacheKeyOf(link ? "link" : key, text, config.workdir, result.contentKey);
      key = link ? cacheKeyOf(key, stepKey) : stepKey;
      const after = source.kind === "stage" ? [...previous, ...stageTail(source.stage, env)] : previous;
      let duration = copyDuration(result.bytes, source.kind !== "context");
      if (source.kind === "image") {
        // COPY --from=<image> pulls that image first.
        const pull = pullDuration(env.baseImage(source.reference).resolution.image);
        duration = { ms: pull.ms + duration.ms, note: `${pull.note}, then ${duration.note}` };
      }
      addStep(instruction, text, result.layer, stepKey, duration, after);
    } else if (keyword === "RUN") {
      const mountEdges = edgesOf(instruction, index, env).filter((e) => e.kind === "mount");
      const runEnv = vars();
      const { layer, effect, mountKey } = runStep({
        instruction,
        stage: index,
        fs,
        env: runEnv,
        workdir: config.workdir,
        user: config.user,
        shell: config.shell,
        base: rootBase,
        mountEdges,
        mountTree: (from) => {
          if (from === null)
            return env.context.kind === "context" ? { tree: env.context.tree, unknownRoots: [] } : null;
          const done = typeof from === "number" && from < index ? env.done.get(from) : undefined;
          return done ? { tree: done.fs, unknownRoots: done.unknownRoots } : null;
        },
        unknownRoots,
        layerId,
        layerText: text,
      });
      diagnostics.push(...effect.diagnostics);
      pushLayer(layer);
      applyLayer(fs, layer);
      budget?.charge(layerNodes(layer));
      const envText = varsKey();
      const mountKeys = mountEdges.map((e) =>
        typeof e.from === "number" ? (env.done.get(e.from)?.key ?? "") : e.from,
      );
      key = cacheKeyOf(
        key,
        text,
        envText,
        config.user,
        config.workdir,
        config.shell.join(" "),
        mountKey,
        ...mountKeys,
      );
      const after = [
        ...previous,
        ...mountEdges.flatMap((e) => (typeof e.from === "number" ? stageTail(e.from, env) : [])),
      ];
      addStep(instruction, text, layer, key, { ms: effect.durationMs, note: effect.durationNote }, after);
    } else applyConfig(config, instruction, expand);
    if (budget?.exceeded) return null;
  }
  // Listing the visible files (the views and the JSON list every stage) costs one operation per node.
  budget?.charge(fs.nodes.size);

  const sizeBytes = layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
  const estimatedBytes = layers.reduce((sum, layer) => sum + estimatedPart(layer), 0);
  const own = layers.slice(layers.length - ownLayers);
  const { sim, listedFiles } = withListedFiles(
    { stage: index, base: resolution, layers, config, sizeBytes, estimatedBytes },
    () => {
      // A FROM <stage> child merges its own layers into its parent's sorted list when that list is
      // there; listing the parent only for this would list every ancestor of a long chain.
      const below = parent?.listedFiles();
      return below ? visibleFilesOver(fs, below, own) : visibleFiles(fs);
    },
  );
  return { sim, fs, steps, key, lastStepId, rootBase, diagnostics, noContextLine, listedFiles, unknownRoots };
}

/**
 * The stage with `files` listed when first read, then kept. Most stages' lists are never read in an
 * analysis (only the target's, and others' when a verdict looks for what is missing), and listing
 * every stage of a long FROM chain cost the sum of all their sizes. The property is an ordinary
 * enumerable one to JSON and structured cloning, which read it like any other.
 */
function withListedFiles(
  fields: Omit<StageSimulation, "files">,
  list: () => FileNode[],
): { sim: StageSimulation; listedFiles: () => FileNode[] | undefined } {
  let files: FileNode[] | undefined;
  // A getter in the literal: cheaper than Object.defineProperty, and as enumerable.
  const sim: StageSimulation = {
    stage: fields.stage,
    base: fields.base,
    layers: fields.layers,
    config: fields.config,
    sizeBytes: fields.sizeBytes,
    estimatedBytes: fields.estimatedBytes,
    get files() {
      return (files ??= list());
    },
  };
  return { sim, listedFiles: () => files };
}

function layerNodes(layer: Layer): number {
  return layer.added.length + layer.modified.length + layer.deleted.length;
}

function estimatedPart(layer: Layer): number {
  if (layer.kind === "base") return layer.estimated ? layer.sizeBytes : 0;
  let bytes = 0;
  for (const node of layer.added) if (node.estimated) bytes += node.sizeBytes;
  for (const node of layer.modified) if (node.estimated) bytes += node.sizeBytes;
  return bytes;
}
