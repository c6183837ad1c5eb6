import type { GoalCheck } from "./types";

const TOOL: Record<string, string> = {
  compiler: "compiler",
  shell: "shell",
  "package-manager": "package manager",
  "build-cache": "download cache of a package manager",
};

const EFFECT: Record<string, string> = {
  "final-base": "the final base image",
  "image-size": "the image size",
  "built-stages": "which stages are built",
  command: "the command the container runs",
};

const list = (names: readonly string[]) => names.join(", ");

/** "a", "a and b", "a, b and c". */
const sentenceList = (names: readonly string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * What a goal asks for, in Dockerfile terms, made from the check itself: the lesson pane shows it
 * before the learner starts and a failing goal shows it next to what was found, so the picture of
 * the goal and what is checked cannot disagree.
 */
export function describeGoal(check: GoalCheck): string {
  switch (check.kind) {
    case "stage-count":
      return check.exactly !== undefined
        ? `exactly ${check.exactly} stage${check.exactly === 1 ? "" : "s"}`
        : `at least ${check.atLeast} stages`;
    case "final-base":
      return check.image !== undefined
        ? `the final stage starts FROM ${check.image}`
        : check.family === "scratch"
          ? "the final stage starts FROM scratch"
          : `the final stage starts from a ${check.family} image`;
    case "image-size": {
      const parts: string[] = [];
      if (check.underMB !== undefined) parts.push(`under ${check.underMB} MB`);
      if (check.smallerThanStarterBy !== undefined)
        parts.push(`at least ${check.smallerThanStarterBy} times smaller than the starter's`);
      return `the final image is ${parts.join(" and ")}`;
    }
    case "image-path":
      return `the final image ${check.present ? "has" : "has no"} ${check.path}`;
    case "image-tool":
      return `the final image ${check.present ? "has a" : "has no"} ${TOOL[check.tool] ?? check.tool}`;
    case "image-starts":
      return "`docker run` starts the program";
    case "copies-from-stage": {
      const from = check.from !== undefined ? `--from=${check.from}` : "--from=<stage>";
      return `a COPY ${from}${check.path !== undefined ? ` copies ${check.path}` : ""}`;
    }
    case "no-errors":
      return check.rules && check.rules.length > 0
        ? `no errors and no ${list(check.rules)} finding`
        : "no errors";
    case "target-builds": {
      const builder = check.builder === "legacy" ? " with the legacy builder" : "";
      const skips = check.skips.length > 0 ? ` and skips ${list(check.skips)}` : "";
      return `--target ${check.target}${builder} builds ${list(check.builds)}${skips}`;
    }
    case "cached-after-edit":
      return `after an edit to ${check.file}, ${check.reused.map((r) => `\`${r}…\``).join(", ")} come${check.reused.length === 1 ? "s" : ""} from the cache`;
    case "non-root-user":
      return "the container runs as a user other than root";
    case "uses-mount":
      return `a RUN uses --mount=type=${check.type}`;
    case "build-arg-changes":
      return `--build-arg ${check.arg}=${check.value} changes ${EFFECT[check.changes]}`;
    case "stages-in-parallel":
      return `${sentenceList(check.stages)} run side by side with BuildKit, none waiting for another`;
    case "build-time": {
      const than: string[] = [];
      if (check.fasterThanStarterBy !== undefined)
        than.push(`${percent(check.fasterThanStarterBy)} shorter than the starter's`);
      if (check.fasterThanLegacyBy !== undefined)
        than.push(`${percent(check.fasterThanLegacyBy)} shorter than the legacy builder's`);
      return `BuildKit's simulated build time is at least ${than.join(" and at least ")}`;
    }
  }
}
