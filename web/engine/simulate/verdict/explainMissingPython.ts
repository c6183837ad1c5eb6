// Why a module is missing, in the order a learner should hear it: it is in this image but where this
// python does not look (user site, an unused venv, another Python version), or it was installed in
// another stage that this one does not copy, or nothing installs it.
import type { FileNode } from "../types";
import type { ImageView } from "./imageView";
import { factElsewhere, madeBy } from "./otherStages";
import { isAtOrUnder } from "./paths";
import { minorOfPath, packageLocation, venvAt, type PythonInterpreter } from "./pythonInterpreter";
import { importNames } from "./importNames";
import { code, failed, type Reason } from "./reason";

const VENV_RECIPE =
  "In the build stage create a venv (`RUN python -m venv /opt/venv` and `ENV PATH=/opt/venv/bin:$PATH`) before `pip install`, then copy it to the same path: `COPY --from=<build stage> /opt/venv /opt/venv` with the same `ENV PATH` (or `pip install --prefix=/install` and `COPY --from=<build stage> /install /usr/local`).";

function names(missing: readonly string[]): string {
  return missing.map((name) => code(name)).join(", ");
}

interface Explanation {
  message: string;
  fix: string;
  line: number | null;
}

function inThisImage(view: ImageView, python: PythonInterpreter, name: string): Explanation | null {
  const hit = view.withFact("python-package").find(({ fact }) => importNames(fact).includes(name));
  if (!hit) return null;
  const at = packageLocation(hit.node, hit.fact);
  const line = view.lineOf(hit.node);
  if (/\/\.local\//.test(at) && !python.venv) {
    return {
      message: `${hit.fact.name} is in ${at} (pip install --user), but Python looks in a user's ~/.local only for the user whose home it is, and the container runs as a user whose home is ${python.home}.`,
      fix: `Install with ${code("pip install --prefix=/install")} or into a venv and copy that, instead of --user; ~/.local works only for the same user.`,
      line,
    };
  }
  const venv = view
    .withFact("venv")
    .map(({ node }) => node.path.replace(/\/pyvenv\.cfg$/, ""))
    .find((root) => isAtOrUnder(at, root) && venvAt(view, root));
  if (venv && venv !== python.venv) {
    return {
      message: `${hit.fact.name} is in the venv at ${venv}, but the command runs ${python.invokedAs}, which is not that venv's python, so the venv is never used.`,
      fix: `Put the venv first on PATH (${code(`ENV PATH="${venv}/bin:$PATH"`)}) or start ${code(`${venv}/bin/python`)}.`,
      line,
    };
  }
  const minor = minorOfPath(at) ?? hit.fact.pythonMinor;
  if (minor !== null && minor !== python.minor) {
    return {
      message: `${hit.fact.name} is installed for Python ${minor} (${at}), but this image's python is ${python.version}, which looks in lib/python${python.minor}.`,
      fix: `Use the same Python version in the build stage and the final stage.`,
      line,
    };
  }
  return {
    message: `${hit.fact.name} is in ${at}, where ${python.invokedAs} does not look (it searches ${python.searched.join(", ")}).`,
    fix: `Install it where this python looks, or add ${at} to ${code("PYTHONPATH")}.`,
    line,
  };
}

/** Whether any stage has a step whose effect Stageplay could not fully tell. */
export function somethingUnknown(view: ImageView): boolean {
  return view.all.some((stage) =>
    stage.layers.some((layer) => layer.kind !== "base" && layer.knowledge !== "known"),
  );
}

/** The COPY that brought the app from another stage: the line a learner should widen. */
function appCopyLine(app: FileNode | null): number | null {
  return app?.copiedFrom?.line ?? null;
}

/** What this image takes from `stage` by COPY --from, e.g. "/app (line 6)". */
function copiedFromStage(view: ImageView, stage: number): string | null {
  const copies = view.stage.layers.flatMap((layer) =>
    layer.added.filter((node) => node.copiedFrom?.from === stage).map((node) => ({ node, line: layer.line })),
  );
  if (copies.length === 0) return null;
  const shortest = copies.reduce((a, b) => (b.node.path.length < a.node.path.length ? b : a));
  return `${shortest.node.path} (line ${shortest.line})`;
}

function inOtherStage(view: ImageView, name: string, app: FileNode | null): Explanation | null {
  const there = factElsewhere(view, "python-package", (fact) => importNames(fact).includes(name));
  if (!there) return null;
  const at = packageLocation(there.node, there.fact);
  const copied = copiedFromStage(view, there.stage.stage);
  return {
    message: `In another stage, ${madeBy(there.stage, there.node)} installed ${there.fact.name} into ${at}, and nothing copies that into this image${copied ? `: from that stage it takes only ${copied}` : ""}.`,
    fix: VENV_RECIPE,
    line: appCopyLine(app) ?? view.lineOf(there.node),
  };
}

export function explainMissingPython(
  view: ImageView,
  python: PythonInterpreter,
  missing: readonly string[],
  app: FileNode | null,
  line: number | null,
): Reason {
  const first = missing[0] ?? "";
  const explained = inThisImage(view, python, first) ??
    inOtherStage(view, first, app) ?? {
      message: somethingUnknown(view)
        ? `No step Stageplay understands installs it.`
        : `No step of this build installs it.`,
      fix: `Install it in this stage (${code(`RUN pip install --no-cache-dir ${first}`)}, or list it in requirements.txt), or install it into a venv in a build stage and copy the venv.`,
      line,
    };
  const subject = app ? app.path : `${code(`-m ${first}`)}`;
  return failed(
    "dependencies",
    `${subject} imports ${names(missing)}, which Python ${python.version} cannot find. ${explained.message}`,
    {
      runtimeError: `ModuleNotFoundError: No module named '${first}'`,
      line: explained.line,
      fix: explained.fix,
    },
  );
}
