import type { Diagnostic } from "../diagnostics/types";
import { errorAt } from "../diagnostics/errorAt";
import { takesFlag } from "../parse/flags";
import type { Flag, Instruction } from "../parse/types";
import type { Stage } from "../stages/types";

const requiresBuildKit = (flag: string) =>
  `the --${flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`;

/**
 * What the legacy builder (DOCKER_BUILDKIT=0) refuses in the stages it builds, as moby's dispatchers
 * do (builder/dockerfile/dispatchers.go): a RUN with any flag (`--mount`, `--network`, …) and a COPY
 * or ADD with `--chmod`, also when an ONBUILD trigger runs them at a child's FROM. Each is reported
 * at its flag, so a learner sees every line to change; the build itself stops at the first.
 */
export function legacyBuilderFlags(stages: readonly Stage[]): Diagnostic[] {
  const refused = new Set<Flag>();
  for (const stage of stages) {
    if (!stage.built) continue;
    // Triggers of the stage built on run first; the flag to change is in the parent's ONBUILD line.
    const parent = stage.baseStage === null ? [] : (stages[stage.baseStage]?.instructions ?? []);
    for (const onbuild of parent) {
      const flag = onbuild.trigger && refusedFlag(onbuild.trigger);
      if (flag) refused.add(flag);
    }
    for (const instruction of stage.instructions) {
      const flag = refusedFlag(instruction);
      if (flag) refused.add(flag);
    }
  }
  return [...refused].map((flag) => errorAt(requiresBuildKit(flag.name), flag.range));
}

function refusedFlag(instruction: Instruction): Flag | undefined {
  // An unknown flag fails the parse in both builders first; that error is the parser's to report.
  if (instruction.keyword === "RUN") return instruction.flags.find((flag) => takesFlag("RUN", flag.name));
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD")
    return instruction.flags.find(
      (flag) => flag.name === "chmod" && flag.value !== null && flag.value !== "",
    );
  return undefined;
}
