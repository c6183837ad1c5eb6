// What a change does to the build cache. Docker reuses a step when its cache already holds the step's
// key (parent, instruction, copied content): comparing the build before a change with the build after
// it says which steps a rebuild takes from the cache, which re-run, and the first cause of each.
import type { AnalysisView, ContextFile, Step } from "../../engine";

export interface StepChange {
  stepId: string;
  line: number;
  text: string;
  status: "cached" | "rerun";
  /** Why the step re-runs, in a sentence without its leading capital; null when it is CACHED. */
  because: string | null;
}

/** At most this many file names in one reason; the rest are counted. */
const NAMED_FILES = 3;

/**
 * Each step of `after`, CACHED when `before` built the same step, else re-run with its first cause.
 * `changedFiles` are the context paths whose content changed between the two builds, null when
 * unknown.
 */
export function explainChange(
  before: AnalysisView,
  after: AnalysisView,
  changedFiles: readonly string[] | null,
): StepChange[] {
  const cachedKeys = new Set(before.steps.map((s) => s.cacheKey));
  const byId = new Map(after.steps.map((s) => [s.id, s]));
  const stageName = (view: AnalysisView, step: Step) => view.stages[step.stage]?.displayName ?? "";
  // The build before, by stage name: a stage keeps its name when lines above it come or go.
  const beforeStages = new Map<string, Step[]>();
  for (const step of before.steps) {
    const name = stageName(before, step);
    beforeStages.set(name, [...(beforeStages.get(name) ?? []), step]);
  }
  const stepsOf = (view: AnalysisView, step: Step) =>
    view.steps.filter((s) => s.stage === step.stage).sort((a, b) => a.position - b.position);

  return after.steps.map((step) => {
    const shown = { stepId: step.id, line: step.line, text: step.text };
    if (cachedKeys.has(step.cacheKey)) return { ...shown, status: "cached", because: null };
    const dependency = step.after
      .map((id) => byId.get(id))
      .find((d) => d !== undefined && !cachedKeys.has(d.cacheKey));
    let because: string;
    if (dependency && dependency.stage === step.stage)
      because = `it comes after line ${dependency.line} ${code(dependency.text)}, which re-runs`;
    else if (dependency)
      because = `it copies from stage ${stageName(after, dependency)}, whose line ${dependency.line} ${code(dependency.text)} re-runs`;
    else {
      const previous = beforeStages.get(stageName(after, step)) ?? [];
      const same = previous.find((s) => s.text === step.text);
      const ownStage = stepsOf(after, step);
      const above = ownStage[ownStage.indexOf(step) - 1];
      if (!same) {
        // An instruction in its place that is gone from the stage was edited into this one.
        const old = previous.find(
          (s) => s.position === step.position && !ownStage.some((now) => now.text === s.text),
        );
        because = old ? `line ${step.line} changed: it was ${code(old.text)}` : `line ${step.line} is new`;
      } else if (above && !previous.some((s) => s.position === same.position - 1 && s.text === above.text))
        because = `line ${step.line} moved: it now comes after line ${above.line} ${code(above.text)}`;
      else because = inputsChanged(after, step, changedFiles);
    }
    return { ...shown, status: "rerun", because };
  });
}

/** Why an unchanged instruction in its old place re-runs: what it reads changed. */
function inputsChanged(view: AnalysisView, step: Step, changedFiles: readonly string[] | null): string {
  const sources = view.edges
    .filter((e) => e.kind === "context" && e.to === step.stage && e.line === step.line)
    .flatMap((e) => e.paths);
  if (sources.length === 0)
    return `line ${step.line} is the same, but what it reads changed: a build argument, the platform or its base`;
  const copied = changedFiles?.filter((path) => sources.some((source) => covers(source, path))) ?? [];
  if (copied.length > 0) return `it copies ${names(copied)}, which changed`;
  if (sources.length === 1 && isPlainFile(sources[0] as string))
    return `it copies ${code(sources[0] as string)}, which changed`;
  return `a file it copies from the build context (${sources.map(code).join(", ")}) changed`;
}

function names(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMED_FILES).map(code);
  const more = paths.length - shown.length;
  if (more > 0) shown.push(`${more} more file${more === 1 ? "" : "s"}`);
  return shown.length === 1 ? (shown[0] as string) : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

const code = (text: string) => `\`${text}\``;

function isPlainFile(source: string): boolean {
  const path = trimSource(source);
  return path !== "" && !/[*?[]/.test(path) && !source.endsWith("/");
}

/** "./src/" → "src"; "." → "". */
function trimSource(source: string): string {
  return source
    .replace(/^(\.\/)+/, "")
    .replace(/^\.$/, "")
    .replace(/^\/+/, "")
    .replace(/\/+$/, "");
}

/** Whether a COPY source as written (a file, a folder, `.`, a glob) takes the context path `path`. */
export function covers(source: string, path: string): boolean {
  const pattern = trimSource(source);
  if (pattern === "") return true;
  if (/[*?[]/.test(pattern)) {
    const regex = new RegExp(
      `^${pattern
        .split("")
        .map((c) => (c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c.replace(/[.+^${}()|\\]/g, "\\$&")))
        .join("")}(/|$)`,
    );
    return regex.test(path);
  }
  return path === pattern || path.startsWith(`${pattern}/`);
}

/**
 * The context paths added, removed or edited between two lists of files; null when either list is
 * unknown.
 */
export function changedPaths(
  before: readonly ContextFile[] | undefined,
  after: readonly ContextFile[] | undefined,
): string[] | null {
  if (!before || !after) return null;
  const old = new Map(before.map((f) => [f.path, f]));
  const changed = new Set<string>();
  for (const file of after) {
    const was = old.get(file.path);
    old.delete(file.path);
    if (!was || was.content !== file.content || was.sizeBytes !== file.sizeBytes || was.mode !== file.mode)
      changed.add(file.path);
  }
  for (const path of old.keys()) changed.add(path);
  return [...changed].sort();
}
