import { finalImage } from "../../checks/teaching/finalImage";
import { layerChanges } from "../../checks/teaching/imageLayers";
import type { Instruction } from "../../parse/types";
import type { TextEdit } from "../types";
import type { FixFor } from "./types";

// The whole RUN is one chown: `chown [-R] user:group path…`, nothing a shell would expand. Without a
// group chown keeps the file's group, where --chown=user would set the user's: not the same files.
const CHOWN =
  /^chown\s+(?:(?:-R|--recursive)\s+)?([\w.-]+:[\w.-]+)\s+([^\s$*?&|;<>`'"\\]+(?:\s+[^\s$*?&|;<>`'"\\]+)*)$/;

/**
 * chown-duplicates-files: `COPY --chown=owner` on the COPYs whose files the RUN changes, and the
 * RUN removed. Only when the RUN is nothing but that chown, each of its paths is a COPY's destination,
 * and every file it changed came from one of those COPYs: then --chown gives the same files.
 */
export const copyWithChown: FixFor = ({ analysis, source, diagnostic, instruction }) => {
  const image = finalImage(analysis);
  if (!image || !instruction || instruction.keyword !== "RUN" || instruction.json) return null;
  if (instruction.flags.length > 0 || instruction.heredocs.length > 0) return null;
  const match = CHOWN.exec(instruction.text.trim());
  const stage = analysis.stages.find((each) => each.instructions.includes(instruction));
  const change = layerChanges(image.stage.layers).find(
    ({ layer }) => layer.line === diagnostic.range.start.line,
  );
  if (!match || !stage || !change || change.replaced.length === 0) return null;
  const [, owner = "", pathText = ""] = match;
  const paths = pathText.split(/\s+/).map(normal);
  const position = stage.instructions.indexOf(instruction);
  const earlier = stage.instructions.slice(0, position);
  const copies = new Set<Instruction>();
  for (const path of paths) {
    const found = earlier.filter(
      (each) => (each.keyword === "COPY" || each.keyword === "ADD") && sameDestination(each, path, earlier),
    );
    if (found.length === 0) return null;
    found.forEach((each) => copies.add(each));
  }
  const copyLines = new Set([...copies].map((copy) => copy.range.start.line));
  if (!change.replaced.every(({ by }) => by.line !== null && copyLines.has(by.line))) return null;
  const changed = [...copies].filter((copy) =>
    change.replaced.some(({ by }) => by.line === copy.range.start.line),
  );
  if (changed.some((copy) => copy.json || copy.flags.some((flag) => flag.name === "chown"))) return null;
  // The name is looked up when COPY runs: a RUN between the two (a useradd) may be what defines it.
  const sample = change.replaced[0]?.after;
  const runBetween = (copy: Instruction) =>
    earlier.slice(earlier.indexOf(copy) + 1).some((each) => each.keyword === "RUN");
  const keepWritten = /^\d+:\d+$/.test(owner) || !changed.some(runBetween);
  const flag = keepWritten || !sample ? owner : `${sample.uid}:${sample.gid}`;
  const edits: TextEdit[] = changed.map((copy) => ({
    range: { start: copy.keywordRange.end, end: copy.keywordRange.end },
    text: ` --chown=${flag}`,
  }));
  edits.push(source.deleteLines(instruction.range));
  return { title: `Set the owner in the COPY (--chown=${flag})`, edits };
};

function normal(path: string): string {
  return path.replace(/^\.\//, "").replace(/(.)\/+$/, "$1");
}

/** Whether a COPY's destination is `path`; a relative one only with no WORKDIR between them. */
function sameDestination(copy: Instruction, path: string, earlier: readonly Instruction[]): boolean {
  const destination = copy.args[copy.args.length - 1]?.value;
  if (destination === undefined || normal(destination) !== path) return false;
  if (path.startsWith("/")) return true;
  return !earlier.slice(earlier.indexOf(copy) + 1).some((each) => each.keyword === "WORKDIR");
}
