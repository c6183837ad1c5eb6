// Shell form (`CMD npm start`, `RUN apt-get …`, `HEALTHCHECK CMD curl …`) runs through /bin/sh -c,
// and distroless, scratch and chainguard's runtime images have no /bin/sh. CMD and ENTRYPOINT are the
// verdict's to judge, so their finding repeats its line, error and fix; RUN fails the build, and a
// HEALTHCHECK never passes.
import type { Diagnostic } from "../../diagnostics/types";
import type { BaseImage } from "../../simulate/catalog/types";
import { imageName } from "../../simulate/verdict/reason";
import { shellPaths } from "../../simulate/catalog/shellPaths";
import { finalImage, rootResolution, verdictFailure } from "./finalImage";
import { code, instructionAt, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const SHELL_FORM_WITHOUT_SHELL = "shell-form-without-shell";
const URL = "https://github.com/GoogleContainerTools/distroless#entrypoints";

function noShellError(program: string): string {
  return `exec: "${program}": stat ${program}: no such file or directory`;
}

/** Whether the base image at the root of the stage's FROM chain has `program`. */
function baseHasShell(base: BaseImage | null, program: string): boolean {
  if (!base) return false;
  return shellPaths(base.shell).includes(program) || base.uncertain.some((fact) => fact.field === "shell");
}

function runFindings(input: TeachingCheckInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const stage of input.simulation.stages) {
    const program = stage.config.shell[0] ?? "/bin/sh";
    const resolution = rootResolution(stage, input.simulation.stages);
    const name = resolution ? resolution.reference.raw || resolution.image.id : "scratch";
    // Walk the layers in order: a shell an earlier layer copied in (busybox) serves later RUNs.
    let shell = baseHasShell(resolution?.image ?? null, program);
    for (const layer of stage.layers) {
      if (!shell && layer.kind === "run" && layer.line !== null && layer.stage === stage.stage) {
        const instruction = instructionAt(input.parse, layer.line);
        if (instruction && !instruction.json) {
          diagnostics.push(
            teachingDiagnostic(input, {
              rule: SHELL_FORM_WITHOUT_SHELL,
              severity: "error",
              line: layer.line,
              message: `RUN in shell form runs ${code(`${program} -c "…"`)}, but ${name} has no ${program} (distroless and scratch images ship no shell), so the build stops with ${code(noShellError(program))}.`,
              fix: `Do shell work in a build stage that has a shell and copy the result (${code("COPY --from=build …")}), or write the RUN in exec form (${code('RUN ["/app/tool", "arg"]')}).`,
              url: URL,
            }),
          );
        }
      }
      shell ||= [...layer.added, ...layer.modified].some((node) => node.path === program);
    }
  }
  return diagnostics;
}

function startFindings(input: TeachingCheckInput): Diagnostic[] {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  const shell = verdictFailure(image, "shell");
  if (shell && shell.line !== null) {
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: SHELL_FORM_WITHOUT_SHELL,
        severity: "error",
        line: shell.line,
        message: `${shell.message} The container fails with ${code(shell.runtimeError ?? noShellError("/bin/sh"))}.`,
        fix: shell.fix ?? "Write it in exec form, which needs no shell.",
        url: URL,
      }),
    );
  }
  const health = image.stage.config.healthcheck;
  const program = image.stage.config.shell[0] ?? "/bin/sh";
  if (health?.shellForm && !image.view.resolve(program).found) {
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: SHELL_FORM_WITHOUT_SHELL,
        severity: "warning",
        line: health.line,
        message: `HEALTHCHECK CMD in shell form runs through ${program}, which ${imageName(image.view)} does not have: every check fails with ${code(`OCI runtime exec failed: ${noShellError(program)}`)} and the container is marked unhealthy.`,
        fix: `Write the check in exec form against a program the image has (${code('HEALTHCHECK CMD ["/app/server", "--health"]')}), or check health from the orchestrator.`,
        url: "https://docs.docker.com/reference/dockerfile/#healthcheck",
      }),
    );
  }
  return diagnostics;
}

export const shellFormWithoutShell: TeachingCheck = (input) => [
  ...runFindings(input),
  ...startFindings(input),
];
