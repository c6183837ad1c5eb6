// Checks a lesson's goals on an analysis. The same function runs in the engine worker, next to the
// latest analysis, and in the tests that prove every lesson; goals that need another build (another
// target, an edited context file, a build argument, the starter) run that build here too.
import {
  analyze,
  cacheKeysOf,
  compareBuilds,
  formatSize,
  isRootUser,
  isStageSource,
  readMountFlagOf,
  summarizeMount,
  toolsIn,
  underUnknownRoot,
  unknownRootsOf,
  type Analysis,
  type AnalyzeOptions,
  type ContextFile,
  type FileNode,
  type ImageSummary,
  type Layer,
  type StageSimulation,
} from "../../engine";
import { buildTime, stagesInParallel } from "./buildGraphGoals";
import { describeGoal } from "./describeGoal";
import { buildError, fail, lineText, noImage, pass, type Outcome } from "./goalOutcome";
import type { ArgEffect, BaseFamily, Goal, GoalCheck, GoalResult, ToolKind } from "./types";

/** The build a lesson's goals are checked on. */
export interface GoalSubject {
  analysis: Analysis;
  source: string;
  options: AnalyzeOptions;
  /** The lesson's starter, built with the same options, for goals relative to it; called only when needed. */
  starter?: () => Analysis | null;
}

export function evaluateGoals(goals: readonly Goal[], subject: GoalSubject): GoalResult[] {
  return goals.map((goal) => {
    const outcome = evaluate(goal.check, subject);
    return {
      id: goal.id,
      sentence: goal.sentence,
      passed: outcome.passed,
      expected: describeGoal(goal.check),
      found: outcome.passed ? null : outcome.found,
      line: outcome.passed ? null : outcome.line,
    };
  });
}

function evaluate(check: GoalCheck, subject: GoalSubject): Outcome {
  switch (check.kind) {
    case "stage-count":
      return stageCount(check, subject.analysis);
    case "final-base":
      return finalBase(check, subject);
    case "image-size":
      return imageSize(check, subject);
    case "image-path":
      return imagePath(check.path, check.present, subject);
    case "image-tool":
      return imageTool(check.tool, check.present, subject);
    case "image-starts":
      return imageStarts(subject.analysis);
    case "copies-from-stage":
      return copiesFromStage(check, subject.analysis);
    case "no-errors":
      return noErrors(check.rules ?? [], subject.analysis);
    case "target-builds":
      return targetBuilds(check, subject);
    case "cached-after-edit":
      return cachedAfterEdit(check, subject);
    case "non-root-user":
      return nonRootUser(subject);
    case "uses-mount":
      return usesMount(check.type, subject.analysis);
    case "build-arg-changes":
      return buildArgChanges(check, subject);
    case "stages-in-parallel":
      return stagesInParallel(check, subject);
    case "build-time":
      return buildTime(check, subject);
  }
}

// ─── The final image ──────────────────────────────────────────────────────────────────────────────

/**
 * The image the build produces, or null when there is none: no stage, or an error stops the build
 * (the simulator goes on past a failing step to show more, but `docker build` would give no image).
 */
function builtImage(analysis: Analysis): ImageSummary | null {
  return buildError(analysis) ? null : analysis.simulation.image;
}

function finalStage(analysis: Analysis): StageSimulation | null {
  const image = builtImage(analysis);
  if (!image) return null;
  return analysis.simulation.stages.find((stage) => stage.stage === image.target) ?? null;
}

/** "line 3 `COPY . /app`" or "the base image" for the line that made a layer. */
function madeBy(layer: Layer | undefined, subject: GoalSubject): { words: string; line: number | null } {
  if (!layer) return { words: "", line: null };
  const line = layer.line ?? subject.analysis.stages[layer.stage]?.line ?? null;
  return { words: `, added by line ${line} \`${lineText(subject.source, line)}\``, line };
}

function layerAdding(stage: StageSimulation, path: string): Layer | undefined {
  for (let i = stage.layers.length - 1; i >= 0; i--) {
    const layer = stage.layers[i]!;
    if ([...layer.added, ...layer.modified].some((file) => within(file.path, path))) return layer;
  }
  return undefined;
}

const within = (path: string, root: string) =>
  root === "/" || path === root || path.startsWith(root.endsWith("/") ? root : `${root}/`);

function stageCount(check: Extract<GoalCheck, { kind: "stage-count" }>, analysis: Analysis): Outcome {
  const count = analysis.stages.length;
  const ok = check.exactly !== undefined ? count === check.exactly : count >= (check.atLeast ?? 0);
  if (ok) return pass;
  const last = analysis.stages[analysis.stages.length - 1];
  return fail(`the Dockerfile has ${count} stage${count === 1 ? "" : "s"}`, last?.line ?? null);
}

/** Whether an image reference belongs to a family of bases. */
export function inFamily(reference: string, family: BaseFamily): boolean {
  const ref = reference.toLowerCase();
  const [name = "", tag = ""] = splitReference(ref);
  switch (family) {
    case "scratch":
      return ref === "scratch";
    case "distroless":
      return name.includes("distroless") || name.startsWith("cgr.dev/chainguard/");
    case "alpine":
      return name === "alpine" || name.endsWith("/alpine") || tag.includes("alpine");
    case "slim":
      return tag.includes("slim");
  }
}

function splitReference(ref: string): [string, string] {
  const at = ref.indexOf("@");
  const noDigest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = noDigest.lastIndexOf(":");
  if (colon > noDigest.lastIndexOf("/")) return [noDigest.slice(0, colon), noDigest.slice(colon + 1)];
  return [noDigest, ""];
}

function finalBase(check: Extract<GoalCheck, { kind: "final-base" }>, subject: GoalSubject): Outcome {
  const image = builtImage(subject.analysis);
  if (!image) return noImage(subject.analysis);
  const line = subject.analysis.stages[image.target]?.line ?? null;
  const base = image.base;
  const ok =
    (check.image === undefined || sameImage(base, check.image)) &&
    (check.family === undefined || inFamily(base, check.family));
  return ok ? pass : fail(`the final image is built on ${base || "an image Stageplay cannot read"}`, line);
}

function sameImage(a: string, b: string): boolean {
  const normal = (ref: string) => ref.toLowerCase().replace(/^docker\.io\/(library\/)?/, "");
  return normal(a) === normal(b);
}

function imageSize(check: Extract<GoalCheck, { kind: "image-size" }>, subject: GoalSubject): Outcome {
  const image = builtImage(subject.analysis);
  if (!image) return noImage(subject.analysis);
  const size = image.sizeBytes;
  const biggest = [...image.layers].sort((a, b) => b.sizeBytes - a.sizeBytes)[0];
  const heaviest = () => {
    if (!biggest) return { words: "", line: null };
    const made = madeBy(biggest, subject);
    return {
      words: `; its biggest layer is ${formatSize(biggest.sizeBytes)}${made.words.replace(", added", "")}`,
      line: made.line,
    };
  };
  if (check.underMB !== undefined && size >= check.underMB * 1_000_000) {
    const h = heaviest();
    return fail(`the final image is ${formatSize(size)}${h.words}`, h.line);
  }
  if (check.smallerThanStarterBy !== undefined) {
    const starterAnalysis = subject.starter?.();
    const starter = starterAnalysis ? builtImage(starterAnalysis) : null;
    if (!starter) return fail("the starter builds no image to compare with");
    if (size * check.smallerThanStarterBy > starter.sizeBytes) {
      const h = heaviest();
      const times = size > 0 ? (starter.sizeBytes / size).toFixed(1) : "∞";
      return fail(
        `the final image is ${formatSize(size)} against the starter's ${formatSize(starter.sizeBytes)}: ${times} times smaller${h.words}`,
        h.line,
      );
    }
  }
  return pass;
}

function imagePath(path: string, present: boolean, subject: GoalSubject): Outcome {
  const stage = finalStage(subject.analysis);
  if (!stage) return noImage(subject.analysis);
  const under = stage.files.filter((file) => within(file.path, path) && (file.type !== "dir" || file.bulk));
  const exact = stage.files.find((file) => file.path === path);
  const has = exact !== undefined || under.length > 0;
  const unknown = !has && underUnknownRoot(unknownRootsOf(stage.layers), path);
  if (present) {
    if (has) return pass;
    if (unknown)
      return fail(
        `Stageplay cannot tell whether ${path} is there: a step it cannot see into may have made it`,
      );
    return fail(`the final image has no ${path}`, subject.analysis.stages[stage.stage]?.line ?? null);
  }
  if (!has) return pass;
  const bytes = under.reduce((sum, file) => sum + file.sizeBytes, 0) || (exact?.sizeBytes ?? 0);
  const layer = layerAdding(stage, path);
  const made = madeBy(layer, subject);
  // A base image is modelled as a few bulk trees: a path inside it may carry no bytes of its own.
  const size =
    bytes === 0 && layer?.kind === "base"
      ? `part of ${layer.instruction}, ${formatSize(layer.sizeBytes)}`
      : formatSize(bytes);
  return fail(`the final image still has ${path} (${size})${made.words}`, made.line);
}

const TOOL_WORDS: Record<ToolKind, string> = {
  compiler: "a compiler",
  shell: "a shell",
  "package-manager": "a package manager",
  "build-cache": "a build cache",
};

function toolFiles(files: readonly FileNode[], tool: ToolKind): { name: string; path: string }[] {
  if (tool === "build-cache") {
    return files.flatMap((file) =>
      file.facts.flatMap((fact) =>
        fact.kind === "cache" ? [{ name: `${fact.tool}'s cache`, path: file.path }] : [],
      ),
    );
  }
  return toolsIn(files).filter((found) => found.role === tool);
}

function imageTool(tool: ToolKind, present: boolean, subject: GoalSubject): Outcome {
  const stage = finalStage(subject.analysis);
  if (!stage) return noImage(subject.analysis);
  const found = toolFiles(stage.files, tool);
  if (present) {
    if (found.length > 0) return pass;
    return fail(
      `the final image has no ${TOOL_WORDS[tool].replace(/^an? /, "")}`,
      subject.analysis.stages[stage.stage]?.line ?? null,
    );
  }
  const first = found[0];
  if (!first) return pass;
  const made = madeBy(layerAdding(stage, first.path), subject);
  const names = [...new Set(found.map((f) => f.name))].slice(0, 3).join(", ");
  return fail(`the final image still has ${names} (${first.path})${made.words}`, made.line);
}

function imageStarts(analysis: Analysis): Outcome {
  const image = builtImage(analysis);
  if (!image) return noImage(analysis);
  const { verdict } = image;
  if (verdict.runs === true) return pass;
  const reason = verdict.reasons.find((r) => !r.ok);
  const said = verdict.runs === null ? "Stageplay cannot tell whether it starts" : "it would not start";
  if (!reason) return fail(said);
  const error = reason.runtimeError ? `: \`${reason.runtimeError}\`` : "";
  return fail(`${said}${error}. ${reason.message}`, reason.line);
}

function copiesFromStage(
  check: Extract<GoalCheck, { kind: "copies-from-stage" }>,
  analysis: Analysis,
): Outcome {
  const copies = analysis.edges.filter((edge) => edge.kind === "copy" && isStageSource(edge.from));
  const wanted = check.from?.toLowerCase();
  // A named `from` asks for the name as written (`--from=build`, any case, as BuildKit matches it):
  // `--from=1` reaches the same stage but breaks when a stage is inserted above it.
  const byIndex = wanted !== undefined && /^\d+$/.test(wanted);
  const fromStage = copies.filter((edge) => {
    if (wanted === undefined) return true;
    const stage = analysis.stages[edge.from as number];
    if (stage === undefined) return false;
    return byIndex
      ? String(stage.index) === wanted
      : stage.name === wanted && edge.fromText.toLowerCase() === wanted;
  });
  const withPath = fromStage.filter(
    (edge) =>
      check.path === undefined ||
      edge.paths.some(
        (p) =>
          within(p.replace(/\/+$/, "") || "/", check.path!) ||
          within(check.path!, p.replace(/\/+$/, "") || "/"),
      ),
  );
  if (withPath.length > 0) return pass;
  if (fromStage.length > 0) {
    const edge = fromStage[0]!;
    return fail(
      `line ${edge.line} copies ${edge.paths.join(", ")} from ${edge.fromText}, not ${check.path}`,
      edge.line,
    );
  }
  if (copies.length > 0 && wanted !== undefined) {
    const edge = copies[0]!;
    return fail(`no COPY --from=${check.from}: line ${edge.line} copies from ${edge.fromText}`, edge.line);
  }
  return fail("no stage copies from another: there is no `COPY --from=<stage>`");
}

function noErrors(rules: readonly string[], analysis: Analysis): Outcome {
  const error = analysis.diagnostics.find((d) => d.severity === "error");
  if (error) return fail(`line ${error.range.start.line}: ${error.message}`, error.range.start.line);
  const wanted = new Set(rules.map((rule) => rule.toLowerCase()));
  const finding = analysis.diagnostics.find((d) => d.rule !== null && wanted.has(d.rule.toLowerCase()));
  if (finding)
    return fail(
      `${finding.rule} on line ${finding.range.start.line}: ${finding.message}`,
      finding.range.start.line,
    );
  return pass;
}

function targetBuilds(check: Extract<GoalCheck, { kind: "target-builds" }>, subject: GoalSubject): Outcome {
  const options = { ...subject.options, target: check.target, builder: check.builder ?? "buildkit" };
  const build = analyze(subject.source, options);
  if (build.target === null) return fail(`there is no stage named ${check.target} to build`);
  const names = new Map(build.stages.map((stage) => [stage.displayName.toLowerCase(), stage]));
  const built = new Set(build.built);
  for (const name of check.builds) {
    const stage = names.get(name.toLowerCase());
    if (!stage) return fail(`there is no stage named ${name}`);
    if (!built.has(stage.index)) return fail(`building --target ${check.target} skips ${name}`, stage.line);
  }
  for (const name of check.skips) {
    const stage = names.get(name.toLowerCase());
    if (stage && built.has(stage.index))
      return fail(`building --target ${check.target} also builds ${name}`, stage.line);
  }
  return pass;
}

function cachedAfterEdit(
  check: Extract<GoalCheck, { kind: "cached-after-edit" }>,
  subject: GoalSubject,
): Outcome {
  const context = subject.options.context ?? [];
  const file = context.find((f) => f.path === check.file);
  if (!file) return fail(`the build context has no ${check.file} to edit`);
  const { analysis, source, options } = subject;
  const after = analyze(source, {
    ...options,
    context: context.map((f) => (f === file ? edited(f) : f)),
    previousCacheKeys: cacheKeysOf(analysis.simulation),
  });
  const { rerun } = compareBuilds(analysis.simulation, after.simulation);
  for (const wanted of check.reused) {
    const prefix = wanted.toLowerCase();
    const steps = after.simulation.steps.filter((step) => step.text.toLowerCase().startsWith(prefix));
    if (steps.length === 0) return fail(`no built step starts with \`${wanted}\``);
    const again = rerun.find((r) => steps.includes(r.step))?.step;
    if (!again) continue;
    // Name the step where the chain of re-runs starts, usually the COPY that brings the edited file in.
    const first = rerun
      .map((r) => r.step)
      .find((step) => step.stage === again.stage && step.position <= again.position);
    const cause =
      first && first !== again
        ? `, because line ${first.line} \`${first.text}\` comes before it and what it copies changed`
        : `: it reads ${check.file} itself`;
    return fail(
      `editing ${check.file} re-runs line ${again.line} \`${again.text}\`${cause}`,
      first?.line ?? again.line,
    );
  }
  return pass;
}

/** The same file after an edit: one more line, so its content hash changes. */
function edited(file: ContextFile): ContextFile {
  const content = `${file.content ?? ""}\n# edited`;
  return { ...file, content, sizeBytes: file.sizeBytes + 9 };
}

function nonRootUser(subject: GoalSubject): Outcome {
  const stage = finalStage(subject.analysis);
  if (!stage) return noImage(subject.analysis);
  const { user, userLine } = stage.config;
  if (!isRootUser(user)) return pass;
  if (userLine !== null) return fail(`line ${userLine} sets USER ${user}, which is root`, userLine);
  const line = subject.analysis.stages[stage.stage]?.line ?? null;
  return fail("the final image runs as root: no USER in its stage or its base", line);
}

function usesMount(type: string, analysis: Analysis): Outcome {
  for (const stage of analysis.stages) {
    if (!stage.built) continue;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "RUN") continue;
      for (const flag of instruction.flags) {
        if (flag.name.toLowerCase() !== "mount") continue;
        if (summarizeMount(readMountFlagOf(flag).fields).type === type) return pass;
      }
    }
  }
  return fail(`no RUN in a built stage has --mount=type=${type}`);
}

function buildArgChanges(
  check: Extract<GoalCheck, { kind: "build-arg-changes" }>,
  subject: GoalSubject,
): Outcome {
  const before = subject.analysis;
  const after = analyze(subject.source, {
    ...subject.options,
    buildArgs: { ...subject.options.buildArgs, [check.arg]: check.value },
  });
  const a = argEffect(before, check.changes);
  const b = argEffect(after, check.changes);
  if (a !== b) return pass;
  const declared = [...before.metaArgs.map((arg) => ({ name: arg.name, line: arg.line }))].find(
    (arg) => arg.name === check.arg,
  );
  return fail(
    `with --build-arg ${check.arg}=${check.value} the ${EFFECT_WORDS[check.changes]} stays ${a || "unset"}${declared ? "" : `; no ARG ${check.arg} comes before the first FROM`}`,
    declared?.line ?? null,
  );
}

const EFFECT_WORDS: Record<ArgEffect, string> = {
  "final-base": "final base image",
  "image-size": "image size",
  "built-stages": "set of built stages",
  command: "command",
};

function argEffect(analysis: Analysis, effect: ArgEffect): string {
  const image = analysis.simulation.image;
  switch (effect) {
    case "final-base":
      return image?.base ?? "";
    case "image-size":
      return image ? formatSize(image.sizeBytes) : "";
    case "built-stages":
      return analysis.built.map((index) => analysis.stages[index]?.displayName).join(", ");
    case "command":
      return image?.verdict.command?.join(" ") ?? "";
  }
}
