// What the app in the final image imports from outside the standard library and its own files: the
// modules a python-package in the image must provide. Read from the image's Python sources (their
// `source` facts, else their text, as the verdict reads them).
import type { FileNode } from "../../simulate/types";
import { dirname, joinPath } from "../../simulate/verdict/paths";
import { PYTHON_STDLIB } from "../../simulate/verdict/pythonStdlib";
import { sourceImports } from "../../simulate/verdict/sourceImports";
import type { FinalImage } from "./finalImage";

export interface NeededModule {
  /** Top-level module name, e.g. "flask". */
  name: string;
  /** The source that imports it first. */
  source: FileNode;
}

/** Python sources the Dockerfile put into the image (not the base image's own). */
export function appSources(image: FinalImage): FileNode[] {
  return image.stage.files.filter(
    (node) => node.type === "file" && node.origin.kind !== "base" && sourceImports(node, "python") !== null,
  );
}

function isLocal(image: FinalImage, source: FileNode, name: string): boolean {
  const dir = dirname(source.path);
  return [`${name}.py`, `${name}/__init__.py`, name].some(
    (candidate) => image.view.resolve(joinPath(dir, candidate)).found,
  );
}

/** Every top-level module the app imports (standard library included), first importer first. */
export function importedModules(image: FinalImage): NeededModule[] {
  const imported = new Map<string, NeededModule>();
  for (const source of appSources(image)) {
    for (const name of sourceImports(source, "python") ?? []) {
      if (name.startsWith(".")) continue;
      const top = name.split(".")[0] ?? "";
      if (top !== "" && !imported.has(top)) imported.set(top, { name: top, source });
    }
  }
  return [...imported.values()];
}

/** Third-party modules the app imports, first importer first, in the order they are imported. */
export function neededModules(image: FinalImage): NeededModule[] {
  return importedModules(image).filter(
    ({ name, source }) => !PYTHON_STDLIB.has(name) && !isLocal(image, source, name),
  );
}

/** Whether some python-package in the image provides `name`. */
export function providedInImage(image: FinalImage, name: string): boolean {
  return image.view.withFact("python-package").some(({ fact }) => fact.imports.includes(name));
}
