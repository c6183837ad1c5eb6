import type { TextEdit } from "../types";
import type { FixFor } from "./types";

const GO_BUILD = /(^|[\s;&|(])go\s+build\b/g;

/**
 * dynamic-binary-without-libc, for a Go binary: `CGO_ENABLED=0 go build` in the RUN that built it,
 * traced from the file the COPY put in the image back to the step that made it. The setting goes on
 * the command rather than in an `ENV` of the build stage: ENV would also reach every later RUN and
 * every stage built on it (a `go test -race` needs cgo), while the prefix changes this build only.
 */
export const staticGoBuild: FixFor = ({ analysis, source, diagnostic }) => {
  const line = diagnostic.range.start.line;
  const target = analysis.simulation.image?.target;
  const stage = analysis.simulation.stages.find((each) => each.stage === target);
  const layer = stage?.layers.find((each) => each.line === line);
  const binaries = [...(layer?.added ?? []), ...(layer?.modified ?? [])].filter((node) =>
    node.facts.some((fact) => fact.kind === "elf" && fact.linkage === "dynamic" && fact.producer === "go"),
  );
  const buildLines = new Set<number>();
  for (const binary of binaries) {
    let origin = binary.origin;
    // A COPY --from copies the node with its origin: the step that made it in the build stage.
    if (origin.kind !== "step" && binary.copiedFrom) {
      const from = analysis.simulation.stages.find((each) => each.stage === binary.copiedFrom?.from);
      origin = from?.files.find((node) => node.path === binary.copiedFrom?.path)?.origin ?? origin;
    }
    if (origin.kind === "step") buildLines.add(origin.line);
  }
  const run = analysis.parse.instructions.find(
    (each) => buildLines.has(each.range.start.line) && each.keyword === "RUN",
  );
  if (buildLines.size !== 1 || !run || run.json) return null;
  const text = source.slice(run.range);
  if (/CGO_ENABLED/.test(text)) return null;
  const start = source.offsetAt(run.range.start);
  const edits: TextEdit[] = [...text.matchAll(GO_BUILD)].map((match) => {
    const at = start + match.index + (match[1] ?? "").length;
    return source.edit(at, at, "CGO_ENABLED=0 ");
  });
  if (edits.length === 0) return null;
  return { title: "Build a static binary: CGO_ENABLED=0 go build", edits };
};
