// Files a fact implies even when the simulator lists only the tree that holds them: a venv's
// bin/python (a symlink to the interpreter its pyvenv.cfg names) and the console scripts pip wrote,
// whose `#!` line names the interpreter of the stage that installed them.
import type { FileFact, FileNode, Layer } from "../types";
import { basename, commonAncestor, dirname, isAtOrUnder, joinPath, relocate } from "./paths";

type Venv = Extract<FileFact, { kind: "venv" }>;

/** Where a venv fact's venv is now and where it was made (which its scripts' `#!` lines still name). */
export function venvRoot(node: FileNode): { path: string; madeAt: string } {
  const atCfg = basename(node.path) === "pyvenv.cfg";
  const path = atCfg ? dirname(node.path) : node.path;
  const from = node.copiedFrom?.path;
  const madeAt = from === undefined ? path : atCfg ? dirname(from) : from;
  return { path, madeAt };
}

function implied(
  path: string,
  from: FileNode,
  type: FileNode["type"],
  facts: FileFact[],
  target?: string,
): FileNode {
  return {
    path,
    type,
    sizeBytes: 0,
    bulk: false,
    mode: 0o755,
    uid: from.uid,
    gid: from.gid,
    origin: from.origin,
    ...(from.copiedFrom ? { copiedFrom: from.copiedFrom } : {}),
    ...(target === undefined ? {} : { target }),
    facts,
  };
}

function venvFiles(node: FileNode, venv: Venv): FileNode[] {
  const { path } = venvRoot(node);
  const interpreter = joinPath(venv.home, "python3");
  const names = ["python", "python3", ...(venv.pythonMinor ? [`python${venv.pythonMinor}`] : [])];
  return names.map((name) => implied(joinPath(path, `bin/${name}`), node, "symlink", [], interpreter));
}

/** Whether `path` (in the stage that made `node`) came along with the COPY that brought `node`. */
type Carried = (path: string, node: FileNode) => boolean;

function scriptFiles(
  node: FileNode,
  fact: Extract<FileFact, { kind: "python-package" }>,
  venvs: string[],
  carriedAlong: Carried,
): FileNode[] {
  // pip writes the `#!` line of the interpreter that ran it: the venv's python, or the system one.
  const madeIn = venvs.find((made) => isAtOrUnder(fact.sitePackages, made));
  const interpreter = madeIn
    ? joinPath(madeIn, "bin/python")
    : `/usr/local/bin/python${fact.pythonMinor ?? "3"}`;
  const prefix = /^(.*)\/lib\/python\d+\.\d+\/site-packages$/.exec(fact.sitePackages)?.[1];
  // A COPY of site-packages alone leaves the bin/ scripts behind (learner question 3).
  const scripts = fact.scripts.filter((script) => carriedAlong(script, node));
  const guessAt = `${prefix ?? ""}/bin/${fact.name.toLowerCase()}`;
  if (fact.scripts.length === 0 && prefix !== undefined && carriedAlong(guessAt, node)) {
    // No script is recorded, which may only mean the catalog does not list it: a package usually
    // installs one under its own name (uvicorn, gunicorn, celery), so imply it, marked as a guess.
    const guess = implied(relocate(guessAt, node), node, "file", [{ kind: "script", interpreter }]);
    GUESSED.add(guess);
    return [guess];
  }
  return scripts.map((script) =>
    implied(relocate(script, node), node, "file", [{ kind: "script", interpreter }]),
  );
}

/** Implied nodes that stand for a file pip probably wrote, not one a fact lists. */
const GUESSED = new WeakSet<FileNode>();

export function isGuessed(node: FileNode): boolean {
  return GUESSED.has(node);
}

/**
 * What each COPY --from took: the common ancestor of the source paths of the nodes it added. A node
 * copied to the same path says nothing by itself about how much around it was copied.
 */
function copySources(layers: readonly Layer[]): Carried {
  const roots = new Map<string, string>();
  for (const layer of layers) {
    const sources = new Map<string, string[]>();
    for (const node of layer.added) {
      if (!node.copiedFrom) continue;
      const key = `${layer.line}:${String(node.copiedFrom.from)}`;
      const paths = sources.get(key);
      if (paths) paths.push(node.copiedFrom.path);
      else sources.set(key, [node.copiedFrom.path]);
    }
    for (const [key, paths] of sources) roots.set(key, commonAncestor(paths));
  }
  return (path, node) => {
    if (!node.copiedFrom) return true;
    const root = roots.get(`${node.copiedFrom.line}:${String(node.copiedFrom.from)}`) ?? node.copiedFrom.path;
    return isAtOrUnder(path, root);
  };
}

/** Nodes implied by venv and python-package facts, keyed by path. */
export function impliedFiles(files: readonly FileNode[], layers: readonly Layer[]): Map<string, FileNode> {
  const carriedAlong = copySources(layers);
  const venvs = files.flatMap((node) =>
    node.facts.filter((fact): fact is Venv => fact.kind === "venv").map((fact) => ({ node, fact })),
  );
  const madeAt = venvs.map(({ node }) => venvRoot(node).madeAt);
  const nodes = [
    ...venvs.flatMap(({ node, fact }) => venvFiles(node, fact)),
    ...files.flatMap((node) =>
      node.facts.flatMap((fact) =>
        fact.kind === "python-package" ? scriptFiles(node, fact, madeAt, carriedAlong) : [],
      ),
    ),
  ];
  return new Map(nodes.map((node) => [node.path, node]));
}
