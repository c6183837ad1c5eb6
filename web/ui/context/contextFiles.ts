// The learner's edits to a build context, as pure functions over the list of files: the component
// reads the list from the store, passes it through one of these and writes the result back.
import type { ContextFile } from "../../engine";

/** A file the learner can type into: one whose text the context holds. */
export const isTextFile = (file: ContextFile): boolean => file.content !== undefined;

/** Bytes of a text as a file on disk holds it (UTF-8). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The files sorted by path, as `ls -R` would list them (code point order, like BuildKit's walk). */
export function sortedByPath(files: readonly ContextFile[]): ContextFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function totalBytes(files: readonly ContextFile[]): number {
  return files.reduce((sum, f) => sum + f.sizeBytes, 0);
}

/**
 * Why `path` cannot name a new file in `files`, or null when it can. `replacing` is the path of a
 * file being renamed, which the new path may keep or sit beside.
 */
export function pathProblem(path: string, files: readonly ContextFile[], replacing?: string): string | null {
  if (path.trim() === "") return "Type a path, like app.py or src/main.go.";
  if (path !== path.trim()) return "Remove the spaces at the start or end of the path.";
  if (path.includes("\\")) return 'Separate folders with "/", not "\\".';
  if (path.startsWith("/")) return 'Start the path without "/": paths are relative to the context root.';
  if (path.endsWith("/")) return 'End the path with a file name, not "/".';
  const parts = path.split("/");
  if (parts.includes("..")) return 'Leave out "..": a build context cannot reach outside its folder.';
  if (parts.includes(".")) return 'Leave out ".": write the path from the context root, like src/app.py.';
  if (parts.includes("")) return 'Use a single "/" between folders.';

  const others = files.filter((f) => f.path !== replacing);
  if (others.some((f) => f.path === path)) return `There is already a file ${path}.`;
  const asFolder = others.find((f) => f.path.startsWith(path + "/"));
  if (asFolder) return `${path} is a folder here (it holds ${asFolder.path}); choose another name.`;
  for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
    const parent = path.slice(0, i);
    if (others.some((f) => f.path === parent)) return `${parent} is a file, so it cannot hold other files.`;
  }
  return null;
}

/** A text file (empty unless `content` is given), added to the list. */
export function addTextFile(files: readonly ContextFile[], path: string, content = ""): ContextFile[] {
  return [...files, { path, sizeBytes: utf8Length(content), content }];
}

/** A file known only by its size (an archive, a model, a video): the simulator bills its bytes. */
export function addSizedFile(files: readonly ContextFile[], path: string, sizeBytes: number): ContextFile[] {
  return [...files, { path, sizeBytes }];
}

export function renameFile(files: readonly ContextFile[], from: string, to: string): ContextFile[] {
  return files.map((f) => (f.path === from ? { ...f, path: to } : f));
}

/** The list without `path`, and what was removed with its place, so it can be put back. */
export function deleteFile(
  files: readonly ContextFile[],
  path: string,
): { files: ContextFile[]; deleted: { file: ContextFile; index: number } | null } {
  const index = files.findIndex((f) => f.path === path);
  if (index < 0) return { files: [...files], deleted: null };
  return { files: files.filter((_, i) => i !== index), deleted: { file: files[index]!, index } };
}

/** Puts a deleted file back where it was, unless a file with its path has appeared meanwhile. */
export function restoreFile(files: readonly ContextFile[], file: ContextFile, index: number): ContextFile[] {
  if (files.some((f) => f.path === file.path)) return [...files];
  const at = Math.min(index, files.length);
  return [...files.slice(0, at), file, ...files.slice(at)];
}

export function resizeFile(files: readonly ContextFile[], path: string, sizeBytes: number): ContextFile[] {
  return files.map((f) => (f.path === path ? { ...f, sizeBytes } : f));
}

/** The file's new text, with its size following it. */
export function editFile(files: readonly ContextFile[], path: string, content: string): ContextFile[] {
  return files.map((f) => (f.path === path ? { ...f, content, sizeBytes: utf8Length(content) } : f));
}

// ─── Sizes ───────────────────────────────────────────────────────────────────────────────────────

/** Decimal units, as `docker images` and the rest of Stageplay print sizes. */
export const SIZE_UNITS = ["B", "kB", "MB", "GB"] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];
const UNIT_BYTES: Record<SizeUnit, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** The largest file the form accepts: bigger than any build context a lesson needs. */
export const MAX_FILE_BYTES = 100e9;

/** An amount typed in a unit, as bytes; or why it is not a size. */
export function parseSize(amount: string, unit: SizeUnit): { bytes: number } | { problem: string } {
  const text = amount.trim().replace(",", ".");
  if (text === "") return { problem: "Type a size, like 50." };
  if (!/^\d*\.?\d+$|^\d+\.$/.test(text)) {
    return text.startsWith("-")
      ? { problem: "A size cannot be negative." }
      : { problem: "Type the size as a number, like 50 or 1.5, and choose its unit." };
  }
  const bytes = Math.round(Number(text) * UNIT_BYTES[unit]);
  if (bytes > MAX_FILE_BYTES) return { problem: "Stageplay takes files up to 100 GB." };
  return { bytes };
}

/** A size in the largest unit that keeps the amount at 1 or more, to fill the size form. */
export function splitSize(bytes: number): { amount: string; unit: SizeUnit } {
  let unit: SizeUnit = "B";
  for (const u of SIZE_UNITS) if (bytes >= UNIT_BYTES[u]) unit = u;
  return { amount: String(Number((bytes / UNIT_BYTES[unit]).toPrecision(6))), unit };
}
