// A shell-form ENTRYPOINT or CMD runs as `/bin/sh -c "…"`, so the image needs /bin/sh. Distroless,
// scratch and chainguard's runtime images have none.
import type { EffectiveCommand } from "./effectiveCommand";
import type { ImageView } from "./imageView";
import { shellCommand } from "./shellWords";
import { code, execForm, failed, imageName, passed, type Reason } from "./reason";

/** The reason about the shell, or null when the command does not need one. */
export function checkShell(view: ImageView, command: EffectiveCommand): Reason | null {
  if (!command.shell) return null;
  const { program, script, line } = command.shell;
  const keyword = command.entrypointWords > 0 ? "ENTRYPOINT" : "CMD";
  const lookup = view.resolve(program);
  if (lookup.found) {
    return passed(
      "shell",
      `${keyword} is in shell form, so Docker runs ${code(`${program} -c "${script}"`)}; ${program} is in the image.`,
      line,
    );
  }
  const words = shellCommand(script);
  const fix =
    words && !words.partial
      ? `Write it in exec form, which needs no shell: ${code(`${keyword} ${execForm(words.words)}`)}.`
      : `Write it in exec form (${code(`${keyword} ["program", "arg"]`)}), which needs no shell, and do shell work in a build stage.`;
  return failed(
    "shell",
    `${keyword} is in shell form, so Docker runs it as ${code(`${program} -c "${script}"`)}, but ${imageName(view)} has no ${program}${view.resolve("/bin/sh").found ? ` (it has /bin/sh; SHELL chose ${program})` : ": distroless and scratch images ship no shell at all"}.`,
    { runtimeError: `exec: "${program}": stat ${program}: no such file or directory`, line, fix },
  );
}
