// The classic multistage mistake: `pip install` ran in the build stage into the system site-packages
// (or `--user` into /root/.local), and the final stage copied only the application folder. The app
// then imports packages that are in the builder, not in the image.
import type { Diagnostic } from "../../diagnostics/types";
import { packageLocation } from "../../simulate/verdict/pythonInterpreter";
import { doubtAbout, weighDoubt, finalImage } from "./finalImage";
import { factElsewhere, madeAt, type FactElsewhere } from "./otherStages";
import { neededModules, providedInImage } from "./pythonApp";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { FileNode } from "../../simulate/types";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const PYTHON_DEPS_NOT_COPIED = "python-deps-not-copied";
export const PIP_USER_SITE_NOT_COPIED = "pip-user-site-not-copied";
const URL = "https://pythonspeed.com/articles/multi-stage-docker-python/";

const VENV_FIX =
  "Install into a venv in the build stage (`RUN python -m venv /opt/venv` and `ENV PATH=/opt/venv/bin:$PATH` before `pip install`), then copy it to the same path in the final stage: `COPY --from=<build stage> /opt/venv /opt/venv` with the same `ENV PATH`. Or `pip install --prefix=/install` and `COPY --from=<build stage> /install /usr/local`.";

interface Missing {
  name: string;
  source: FileNode;
  there: FactElsewhere<"python-package">;
  at: string;
}

function names(missing: readonly Missing[]): string {
  return missing.map(({ name }) => code(name)).join(", ");
}

/** "line 9 copies only /app from stage builder", or that nothing copies from there. */
function whatIsCopied(input: TeachingCheckInput, line: number, source: FileNode): string {
  const edge = input.edges.find((e) => e.kind === "copy" && e.line === line);
  if (edge && source.copiedFrom)
    return `line ${line} copies only ${edge.paths.join(", ")} from ${edge.fromText}`;
  return "nothing copies them into the final image";
}

export const pythonDepsNotCopied: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const byRule = new Map<string, Missing[]>();
  for (const { name, source } of neededModules(image)) {
    if (providedInImage(image, name)) continue;
    const there = factElsewhere(image, "python-package", (fact) => fact.imports.includes(name));
    if (!there) continue;
    const at = packageLocation(there.node, there.fact);
    const rule = /\/\.local\//.test(at) ? PIP_USER_SITE_NOT_COPIED : PYTHON_DEPS_NOT_COPIED;
    byRule.set(rule, [...(byRule.get(rule) ?? []), { name, source, there, at }]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [rule, missing] of byRule) {
    const first = missing[0] as Missing;
    const { source, there, at } = first;
    const user = rule === PIP_USER_SITE_NOT_COPIED;
    const stage = input.stages[there.stage.stage]?.displayName ?? `stage ${there.stage.stage}`;
    const installedAt = madeAt(there.node);
    // The verdict blames the same COPY and quotes the same error: the two must read as one story.
    const verdict = image.failures.find(
      (reason) =>
        reason.check === "dependencies" &&
        missing.some(({ name }) => reason.runtimeError?.includes(`'${name}'`)),
    );
    const line =
      verdict?.line ?? source.copiedFrom?.line ?? installedAt ?? input.stages[image.stage.stage]?.line ?? 1;
    const runtimeError = verdict?.runtimeError ?? `ModuleNotFoundError: No module named '${first.name}'`;
    const how = user ? code("pip install --user") : "pip install";
    const where = installedAt !== null ? ` on line ${installedAt}` : "";
    diagnostics.push(
      teachingDiagnostic(input, {
        rule,
        severity: "error",
        line,
        message: `${source.path} imports ${names(missing)}, which ${how}${where} put into ${at} in stage ${stage}, but ${whatIsCopied(input, line, source)}, so the container fails with ${code(runtimeError)}.`,
        fix: user
          ? `Don't use --user: ~/.local belongs to one user and is easy to leave behind. ${VENV_FIX.replaceAll("<build stage>", stage)}`
          : (verdict?.fix ?? VENV_FIX).replaceAll("<build stage>", stage),
        url: URL,
      }),
    );
  }
  const doubt = doubtAbout(image);
  return diagnostics.map((diagnostic) => weighDoubt(diagnostic, doubt));
};
