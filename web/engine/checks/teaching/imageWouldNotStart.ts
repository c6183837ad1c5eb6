// The verdict's failing reasons that no specific teaching check explains (pip --user for another
// user, a Java class not found, a permission denied): each becomes a finding that carries the
// verdict's own words, so `check` never says less than `build`'s start verdict. It runs last and
// reads what the other checks reported, to say nothing twice.
import type { Diagnostic } from "../../diagnostics/types";
import type { VerdictCheck, VerdictReason } from "../../simulate/types";
import { finalImage } from "./finalImage";
import { CMD_REPEATS_ENTRYPOINT } from "./cmdRepeatsEntrypoint";
import { CONSOLE_SCRIPTS_NOT_COPIED } from "./consoleScriptsNotCopied";
import { DYNAMIC_BINARY_WITHOUT_LIBC } from "./dynamicBinaryWithoutLibc";
import { GLIBC_TOO_OLD } from "./glibcTooOld";
import { NATIVE_LIBC_MISMATCH } from "./nativeLibcMismatch";
import { PIP_USER_SITE_NOT_COPIED, PYTHON_DEPS_NOT_COPIED } from "./pythonDepsNotCopied";
import { PYTHON_VERSION_MISMATCH } from "./pythonVersionMismatch";
import { SHELL_FORM_WITHOUT_SHELL } from "./shellFormWithoutShell";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";
import { USER_NOT_IN_PASSWD } from "./userNotInPasswd";
import { VENV_MOVED } from "./venvMoved";

export const IMAGE_WOULD_NOT_START = "image-would-not-start";

/** The specific checks that explain each kind of verdict failure, when they report at its line. */
const EXPLAINED_BY: Record<VerdictCheck, readonly string[]> = {
  build: [],
  command: [CONSOLE_SCRIPTS_NOT_COPIED, CMD_REPEATS_ENTRYPOINT, VENV_MOVED, DYNAMIC_BINARY_WITHOUT_LIBC],
  shell: [SHELL_FORM_WITHOUT_SHELL],
  interpreter: [VENV_MOVED, PYTHON_VERSION_MISMATCH, CMD_REPEATS_ENTRYPOINT],
  dependencies: [
    PYTHON_DEPS_NOT_COPIED,
    PIP_USER_SITE_NOT_COPIED,
    PYTHON_VERSION_MISMATCH,
    NATIVE_LIBC_MISMATCH,
  ],
  libc: [DYNAMIC_BINARY_WITHOUT_LIBC, NATIVE_LIBC_MISMATCH, GLIBC_TOO_OLD],
  java: [],
  user: [USER_NOT_IN_PASSWD],
  permissions: [],
};

/** The checks that explain why the image would not start: their findings rest on the verdict. */
export const VERDICT_EXPLAINERS: ReadonlySet<string> = new Set(Object.values(EXPLAINED_BY).flat());

/** Whether a finding already tells the learner about `reason`: its check, or its error, at its line. */
function explains(finding: Diagnostic, reason: VerdictReason, line: number): boolean {
  if (finding.severity === "info" || finding.range.start.line !== line) return false;
  if (finding.rule !== null && EXPLAINED_BY[reason.check].includes(finding.rule)) return true;
  return reason.runtimeError !== undefined && finding.message.includes(reason.runtimeError);
}

export const imageWouldNotStart: TeachingCheck = (input, reported = []) => {
  const image = finalImage(input);
  if (!image) return [];
  const config = image.stage.config;
  const fallback = config.cmdLine ?? config.entrypointLine ?? input.stages[image.stage.stage]?.line ?? 1;
  // A build that stops has its own error at the failing step: the verdict only repeats it.
  return image.failures.flatMap((reason) => {
    if (reason.check === "build") return [];
    const certain = reason.unsure !== true;
    const line = reason.line ?? fallback;
    if (reported.some((finding) => explains(finding, reason, line))) return [];
    const error = reason.runtimeError ? ` The container fails with ${code(reason.runtimeError)}.` : "";
    return [
      teachingDiagnostic(input, {
        rule: IMAGE_WOULD_NOT_START,
        // An unknown step or image may have provided what is missing: then Stageplay cannot tell,
        // and says so as a note, never as a warning about a Dockerfile that may be fine.
        severity: certain ? "error" : "info",
        line,
        message: certain
          ? `${reason.message}${error}`
          : `Stageplay cannot tell whether the image starts. ${reason.message}${reason.runtimeError ? ` If it does not, the container fails with ${code(reason.runtimeError)}.` : ""}`,
        fix: reason.fix ?? "Make the image hold what the command needs at run time.",
      }),
    ];
  });
};
