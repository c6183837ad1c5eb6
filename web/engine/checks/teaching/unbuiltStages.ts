// Stages the chosen target never builds. BuildKit builds only what the target reaches through FROM,
// COPY --from and mounts, and says nothing about the rest: a `test` or `lint` stage then never runs
// and never fails the build. The legacy builder runs every stage up to the target instead.
import type { Diagnostic } from "../../diagnostics/types";
import { builtStages } from "../../graph/builtStages";
import type { Stage } from "../../stages/types";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import { isTestStage } from "./testStages";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const STAGE_NEVER_BUILT = "stage-never-built";
export const TEST_STAGE_NEVER_RUNS = "test-stage-never-runs";

/** A named stage whose build includes `stage`: the stage itself when named, else one that uses it. */
function targetFor(
  input: TeachingCheckInput,
  stage: Stage,
  reach: (target: Stage) => Set<number>,
): string | null {
  if (stage.name) return stage.name;
  const user = input.stages.find((candidate) => candidate.name !== null && reach(candidate).has(stage.index));
  return user?.name ?? null;
}

export const unbuiltStages: TeachingCheck = (input) => {
  if (input.target === null) return [];
  const target = input.stages[input.target];
  if (!target) return [];
  const built = new Set(input.built);
  const skipped =
    input.options.builder === "legacy"
      ? "the legacy builder runs only the stages up to the target"
      : "BuildKit builds only the stages the target uses (through FROM, COPY --from or RUN --mount), and skips the rest without a word";
  // What each candidate target builds, worked out once: unnamed stages may all ask about the same ones.
  const reached = new Map<number, Set<number>>();
  const reach = (candidate: Stage): Set<number> => {
    let set = reached.get(candidate.index);
    if (!set) {
      set = new Set(builtStages(input.stages, input.edges, candidate.index, input.options.builder));
      reached.set(candidate.index, set);
    }
    return set;
  };
  const diagnostics: Diagnostic[] = [];
  for (const stage of input.stages) {
    if (built.has(stage.index)) continue;
    const name = targetFor(input, stage, reach);
    const build = name ? code(`docker build --target ${name} .`) : null;
    const isTest = isTestStage(stage);
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: isTest ? TEST_STAGE_NEVER_RUNS : STAGE_NEVER_BUILT,
        // A note, not a warning: projects often run such stages on purpose with --target (BuildKit's
        // own Dockerfile has a dozen); what a learner must know is that this build skips them.
        severity: "info",
        line: stage.line,
        message: isTest
          ? `Stage ${stage.displayName} never runs when ${target.displayName} is built: ${skipped}, so its checks cannot fail the build.`
          : `Stage ${stage.displayName} is not built for the target ${target.displayName}: ${skipped}.${build ? ` ${build} would build it.` : ""}`,
        fix: isTest
          ? `Run it on purpose (${build}, e.g. in CI), or make the final stage depend on it so every build runs it: ${code(`COPY --from=${stage.name} /tmp/passed /tmp/passed`)} after a ${code("RUN … && touch /tmp/passed")} in ${stage.displayName}.`
          : build
            ? `Build it with ${build} when you need it, or delete it if nothing does.`
            : `Name it (${code(`FROM … AS <name>`)}) to build it with ${code("--target <name>")}, or delete it if nothing needs it.`,
        url: "https://docs.docker.com/build/building/multi-stage/#differences-between-legacy-builder-and-buildkit",
      }),
    );
  }
  return diagnostics;
};
