// The last stage is the default target: `docker build .` without `--target` builds it and tags what
// it makes. When that stage is a test or debug stage, the plain build produces the test (or debug)
// image, and a runtime stage the last one does not use is never built at all.
import type { Diagnostic } from "../../diagnostics/types";
import type { Stage } from "../../stages/types";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import { isDebugStage, isTestStage } from "./testStages";
import type { TeachingCheck } from "./types";

export const TEST_STAGE_IS_DEFAULT_TARGET = "test-stage-is-default-target";
export const DEBUG_STAGE_IS_DEFAULT_TARGET = "debug-stage-is-default-target";
const URL = "https://docs.docker.com/build/building/multi-stage/#stop-at-a-specific-build-stage";

export const defaultTargetIsTestStage: TeachingCheck = (input) => {
  // A `--target` given on purpose builds what the learner asked for.
  if (input.options.target || input.target === null) return [];
  const last = input.stages[input.stages.length - 1];
  if (!last || last.index !== input.target || last.name === null) return [];
  const test = isTestStage(last);
  if (!test && !isDebugStage(last)) return [];
  // The stage the image was meant to be: one the default build skips that is neither a test nor a
  // debug stage. Without one, the file may well exist to run tests (a Dockerfile.test): say nothing.
  const built = new Set(input.built);
  const skipped = input.stages.filter(
    (stage: Stage) =>
      !built.has(stage.index) && stage.name !== null && !isTestStage(stage) && !isDebugStage(stage),
  );
  const runtime = skipped[skipped.length - 1];
  if (!runtime?.name) return [];
  const kind = test ? "test" : "debug";
  const diagnostics: Diagnostic[] = [
    teachingDiagnostic(input, {
      rule: test ? TEST_STAGE_IS_DEFAULT_TARGET : DEBUG_STAGE_IS_DEFAULT_TARGET,
      // A note: projects that always pass --target (in CI, in compose files) order stages this way on purpose.
      severity: "info",
      line: last.line,
      message: `Stage ${last.displayName} is the last stage, so ${code("docker build .")} without ${code("--target")} builds it: the image it tags is the ${kind} image, and stage ${runtime.displayName} is not built at all.`,
      fix: `Put ${runtime.displayName} last, so the plain build makes it, and build the ${kind} stage when you need it with ${code(`docker build --target ${last.name} .`)}; or always pass ${code(`--target ${runtime.name}`)}.`,
      url: URL,
    }),
  ];
  return diagnostics;
};
