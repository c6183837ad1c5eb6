// The command is a console script pip installed (gunicorn, uvicorn, celery) into the build stage's
// bin directory (/usr/local/bin, ~/.local/bin, a venv's bin). Copying site-packages brings the
// module, not the script, and nothing puts the command on PATH. When the script was copied but its
// directory is not on PATH (`COPY --from=build /root/.local /root/.local`), nothing is missing: the
// verdict's reason says that, and image-would-not-start carries it.
import { effectiveCommand } from "../../simulate/verdict/effectiveCommand";
import { which } from "../../simulate/verdict/imageView";
import { planLaunch } from "../../simulate/verdict/launch";
import { basename } from "../../simulate/verdict/paths";
import { doubtAbout, weighDoubt, finalImage, type FinalImage } from "./finalImage";
import { factElsewhere } from "./otherStages";
import { providedInImage } from "./pythonApp";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const CONSOLE_SCRIPTS_NOT_COPIED = "console-scripts-not-copied";

/**
 * Whether `word` is a file on PATH that the image really has. The verdict's view also implies a
 * package's console scripts wherever the package is, which a copy of site-packages alone does not
 * bring, so a hit must be a simulated file (or the base image's).
 */
function onPath(image: FinalImage, word: string): boolean {
  const found = which(image.view, word);
  if (!found) return false;
  const real = new Set(image.stage.files.map((node) => node.path));
  return real.has(found.path) || real.has(found.lookup.path) || found.lookup.node.origin.kind === "base";
}

/** Whether the image has the script built at `script`, at that path or wherever a COPY put it. */
function copiedHere(image: FinalImage, script: string): boolean {
  return image.stage.files.some(
    (node) => node.type !== "dir" && (node.path === script || node.copiedFrom?.path === script),
  );
}

export const consoleScriptsNotCopied: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const command = effectiveCommand(image.stage);
  // The verdict's reading of the command: the shell-form script's first word, past wrapper scripts.
  const launch = planLaunch(image.view, command);
  const word = launch.words[0];
  if (word === undefined || word.includes("/") || onPath(image, word)) return [];
  const program = { word, line: launch.lines[0] ?? null };
  const there = factElsewhere(image, "python-package", (fact) =>
    fact.scripts.some((script) => basename(script) === program.word),
  );
  if (!there) return [];
  const script = there.fact.scripts.find((candidate) => basename(candidate) === program.word) ?? program.word;
  if (copiedHere(image, script)) return [];
  const line = program.line ?? image.stage.config.cmdLine ?? image.stage.config.entrypointLine;
  if (line === null) return [];
  const verdict = image.failures.find(
    (reason) => reason.check === "command" && reason.runtimeError?.includes(program.word),
  );
  const runtimeError = verdict?.runtimeError ?? `exec: "${program.word}": executable file not found in $PATH`;
  const stage = input.stages[there.stage.stage]?.displayName ?? `stage ${there.stage.stage}`;
  const packageHere = providedInImage(image, there.fact.imports[0] ?? there.fact.name);
  return [
    weighDoubt(
      teachingDiagnostic(input, {
        rule: CONSOLE_SCRIPTS_NOT_COPIED,
        severity: "error",
        line: verdict?.line ?? line,
        message: packageHere
          ? `The container runs ${code(program.word)}, the console script pip installed at ${script} in stage ${stage}. The ${there.fact.name} package was copied, but not its script, so the container fails with ${code(runtimeError)}.`
          : `The container runs ${code(program.word)}, the console script pip installed at ${script} in stage ${stage}; neither it nor the ${there.fact.name} package is copied into this image, so the container fails with ${code(runtimeError)}.`,
        fix: `Install into a venv in the build stage and copy the whole venv (its bin/ holds the scripts) to the same path, with ${code("ENV PATH=/opt/venv/bin:$PATH")}; or copy ${script} too.`,
        url: "https://packaging.python.org/en/latest/specifications/entry-points/#use-for-scripts",
      }),
      doubtAbout(image),
    ),
  ];
};
