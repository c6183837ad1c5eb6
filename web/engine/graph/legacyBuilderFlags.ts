import type { Diagnostic } from "../diagnostics/types";
import { errorAt } from "../diagnostics/errorAt";
import { takesFlag } from "../parse/flags";
import type { Flag } from "../parse/types";
import type { Stage } from "../stages/types";

const requiresBuildKit = (flag: string) =>
  `the --${flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`;

/**
 * What the legacy builder (DOCKER_BUILDKIT=0) refuses in the stages it builds, as moby's dispatchers
 * do (builder/dockerfile/dispatchers.go): a RUN with any flag (`--mount`, `--network`, …) and a COPY
 * or ADD with `--chmod`. Each is reported at its flag, so a learner sees every line to change; the
 * build itself stops at the first.
 */
export function legacyBuilderFlags(stages: readonly Stage[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const stage of stages) {
    if (!stage.built) continue;
    for (const instruction of stage.instructions) {
      let refused: Flag | undefined;
      // An unknown flag fails the parse in both builders first; that error is the parser's to report.
      if (instruction.keyword === "RUN")
        refused = instruction.flags.find((flag) => takesFlag("RUN", flag.name));
      else if (instruction.keyword === "COPY" || instruction.keyword === "ADD")
        refused = instruction.flags.find(
          (flag) => flag.name === "chmod" && flag.value !== null && flag.value !== "",
        );
      if (refused) diagnostics.push(errorAt(requiresBuildKit(refused.name), refused.range));
    }
  }
  return diagnostics;
}
