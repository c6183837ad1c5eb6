// `COPY . .` in the stage that ships: whatever the build context holds and `.dockerignore` does not
// exclude lands in the image, tests and docs included. Nothing in a running container reads them;
// they add bytes to every pull, and a test fixture or a doc can hold what should not be shipped.
// The check reads what the simulated COPY really copied (after `.dockerignore`), never the text.
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import { formatSize } from "../../simulate/formatSize";
import type { FileNode, Layer } from "../../simulate/types";
import type { Stage } from "../../stages/types";
import { finalImage } from "./finalImage";
import { simpleCommands } from "./shellCommands";
import { code, instructionAt, teachingDiagnostic } from "./teachingDiagnostic";
import { isTestCommand, isTestStage } from "./testStages";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const TESTS_COPIED_INTO_IMAGE = "tests-copied-into-image";
const URL = "https://docs.docker.com/build/concepts/context/#dockerignore-files";

/** Directories that hold tests or documentation, by name. */
const DIRECTORIES = new Set(["tests", "test", "__tests__", "spec", "docs"]);
/** Test files by name, with the `.dockerignore` pattern that excludes them. */
const TEST_FILES: readonly { pattern: RegExp; ignore: string }[] = [
  { pattern: /\.test\.[cm]?[jt]sx?$/, ignore: "**/*.test.*" },
  { pattern: /\.spec\.[cm]?[jt]sx?$/, ignore: "**/*.spec.*" },
  { pattern: /_test\.go$/, ignore: "**/*_test.go" },
  { pattern: /^test_.*\.py$/, ignore: "**/test_*.py" },
  { pattern: /_test\.py$/, ignore: "**/*_test.py" },
];
/** Trees of other people's code: their tests are theirs, and not what a .dockerignore line fixes. */
const VENDORED = new Set(["node_modules", "vendor", "third_party", "site-packages", ".venv", "venv"]);
/** Commands after which a stage may read its tests or docs: a build that runs tests, a docs build. */
const READERS = new Set(["mvn", "mvnw", "gradle", "gradlew", "make", "tox", "nox", "mkdocs", "sphinx-build"]);
/** Stage names of an image to develop in (Docker's dev environments, devcontainers): its tests are wanted there. */
const DEVELOPMENT =
  /(^|[-_.])(dev|devel|develop|development|dev-?envs?|devcontainer|local|workspace)([-_.]|$)/;
/** Directories an app may read at run time: silent when one of its files names them. */
const READ_AT_RUN_TIME = new Set(["docs", "spec"]);
/** Files that describe the project rather than run it: a README that links docs/ reads nothing. */
const NOT_APP_CODE =
  /(^|\/)(readme|license|licence|changelog|contributing|dockerfile|[^/]*\.dockerfile)([^/]*)$|\.(md|rst|txt)$|(^|\/)\.(dockerignore|gitignore)$/i;
/** A word that names a test or docs directory: a RUN or CMD that mentions it may well read it. */
const MENTION = /(^|[^\w-])(tests?|__tests__|spec|docs)([^\w-]|$)/;

interface Group {
  /** What the finding names: `tests/`, `src/__tests__/`, `*_test.go files`. */
  label: string;
  /** The `.dockerignore` line that leaves it out. */
  ignore: string;
  files: number;
  bytes: number;
}

/** A COPY or ADD of the whole build context (`COPY . .`, `ADD ./ /app`). */
function isWholeContextCopy(instruction: Instruction | undefined): instruction is Instruction {
  if (!instruction || (instruction.keyword !== "COPY" && instruction.keyword !== "ADD")) return false;
  if (instruction.flags.some((flag) => flag.name.replace(/^--/, "") === "from")) return false;
  if (instruction.heredocs.length > 0 || instruction.args.length < 2) return false;
  return instruction.args.slice(0, -1).some((word) => /^\.\/?$/.test(word.value));
}

/** The group a context path belongs to, or null for a file the app may need. */
function groupOf(path: string): Omit<Group, "files" | "bytes"> | null {
  const parts = path.split("/");
  for (let at = 0; at < parts.length - 1; at++) {
    const part = parts[at] as string;
    if (VENDORED.has(part)) return null;
    if (DIRECTORIES.has(part)) {
      const dir = parts.slice(0, at + 1).join("/");
      return { label: `${dir}/`, ignore: at === 0 ? dir : `**/${part}` };
    }
  }
  const name = parts[parts.length - 1] ?? "";
  const file = TEST_FILES.find((candidate) => candidate.pattern.test(name));
  return file ? { label: `${file.ignore.slice(3)} files`, ignore: file.ignore } : null;
}

/** Whether a RUN, CMD or ENTRYPOINT of the final image's chain may read tests or docs. */
function mayReadThem(chain: readonly Stage[]): boolean {
  return chain.some((stage) =>
    stage.instructions.some((instruction) => {
      if (!["RUN", "CMD", "ENTRYPOINT"].includes(instruction.keyword)) return false;
      if (MENTION.test(instruction.text)) return true;
      if (instruction.json) return false;
      return simpleCommands(instruction.text).some(
        (words) => isTestCommand(words) || READERS.has((words[0] ?? "").replace(/^.*\//, "")),
      );
    }),
  );
}

function chainOf(input: TeachingCheckInput, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let at: Stage | undefined = stage; at && !chain.includes(at);) {
    chain.unshift(at);
    at = at.baseStage !== null ? input.stages[at.baseStage] : undefined;
  }
  return chain;
}

/** The groups of test and docs files a layer copied from the context that the image still shows. */
function copiedGroups(layer: Layer, visible: (node: FileNode) => boolean): Group[] {
  const groups = new Map<string, Group>();
  const copied = layer.added.filter(
    (node) => node.type === "file" && node.origin.kind === "context" && visible(node),
  );
  // The app's own files that name a directory may read it at run time (docs served, an API spec loaded).
  const appFiles = copied.filter((node) => {
    const path = node.origin.kind === "context" ? node.origin.path : "";
    return node.content !== undefined && groupOf(path) === null && !NOT_APP_CODE.test(path);
  });
  const named = new Map<string, boolean>();
  const isNamed = (dir: string) => {
    let found = named.get(dir);
    if (found === undefined) {
      const mention = new RegExp(`(^|[^\\w-])${dir}([^\\w-]|$)`);
      found = appFiles.some((node) => mention.test(node.content ?? ""));
      named.set(dir, found);
    }
    return found;
  };
  for (const node of copied) {
    if (node.origin.kind !== "context") continue;
    const group = groupOf(node.origin.path);
    if (!group) continue;
    const top = group.label.endsWith("/") ? group.label.slice(0, -1).replace(/^.*\//, "") : null;
    if (top !== null && READ_AT_RUN_TIME.has(top) && isNamed(top)) continue;
    const entry = groups.get(group.label) ?? { ...group, files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += node.sizeBytes;
    groups.set(group.label, entry);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes || a.label.localeCompare(b.label));
}

function describeGroup(group: Group): string {
  const count = `${group.files} file${group.files === 1 ? "" : "s"}, ${formatSize(group.bytes)}`;
  return group.label.endsWith(" files")
    ? `${group.files} ${code(group.label.replace(/ files$/, ""))} file${group.files === 1 ? "" : "s"} (${formatSize(group.bytes)})`
    : `${code(group.label)} (${count})`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export const testsCopiedIntoImage: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image || input.target === null || !input.simulation.context) return [];
  const finalStage = input.stages[input.target];
  if (!finalStage || isTestStage(finalStage)) return [];
  const chain = chainOf(input, finalStage);
  if (chain.some((stage) => stage.name !== null && DEVELOPMENT.test(stage.name))) return [];
  if (mayReadThem(chain)) return [];
  const inChain = new Set(chain.map((stage) => stage.index));
  const visible = (node: FileNode) => image.view.stat(node.path) === node;
  const diagnostics: Diagnostic[] = [];
  for (const layer of image.stage.layers) {
    if (layer.line === null || !inChain.has(layer.stage) || layer.knowledge !== "known") continue;
    const instruction = instructionAt(input.parse, layer.line);
    if (!isWholeContextCopy(instruction)) continue;
    const groups = copiedGroups(layer, visible);
    if (groups.length === 0) continue;
    const written = `${instruction.keyword} ${instruction.args.map((word) => word.value).join(" ")}`;
    const files = groups.reduce((sum, group) => sum + group.files, 0);
    const bytes = groups.reduce((sum, group) => sum + group.bytes, 0);
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: TESTS_COPIED_INTO_IMAGE,
        severity: "warning",
        line: layer.line,
        message: `${code(written)} puts ${listed(groups.map(describeGroup))} into the final image: ${files === 1 ? "a file" : `${files} files, ${formatSize(bytes)},`} that nothing in the running container reads. Every pull downloads ${files === 1 ? "it" : "them"}, and ${files === 1 ? "it ships" : "they ship"} whatever ${files === 1 ? "it holds" : "they hold"}.`,
        fix: `Leave ${files === 1 ? "it" : "them"} out with a ${code(".dockerignore")} next to the Dockerfile listing ${listed(groups.map((group) => code(group.ignore)))}, or copy only what the app needs (its source directory and manifest) instead of the whole context.`,
        url: URL,
      }),
    );
  }
  return diagnostics;
};
