// The legacy builder's log (`DOCKER_BUILDKIT=0 docker build`): every instruction of every stage up
// to the target is a numbered step, run one after another, `Using cache` where a step is reused.
import type { Analysis } from "../engine/analyze";
import { hashText } from "../engine/simulate/hash";
import { formatSize } from "../engine/simulate/formatSize";
import { stepText } from "../engine/simulate/stepText";
import type { BuildLog, BuildInputs } from "./formatBuildLog";

export function formatLegacyLog(analysis: Analysis, inputs: BuildInputs): BuildLog {
  const out = [
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.",
    "            Install the buildx component to build images with BuildKit:",
    "            https://docs.docker.com/go/buildx/",
    "",
    `Sending build context to Docker daemon  ${formatSize(inputs.contextBytes ?? 0)}`,
  ];
  const stepsByLine = new Map(analysis.simulation.steps.map((s) => [s.line, s]));
  const failed = analysis.simulation.diagnostics.find((d) => d.severity === "error") ?? null;
  const instructions = analysis.built.flatMap((i) => {
    const stage = analysis.stages[i];
    return stage ? [stage.from, ...stage.instructions] : [];
  });
  let id = "";
  instructions.forEach((instruction, i) => {
    if (failed && failed.range.start.line < instruction.range.start.line) return;
    const line = instruction.range.start.line;
    const step = stepsByLine.get(line);
    out.push(`Step ${i + 1}/${instructions.length} : ${stepText(instruction)}`);
    if (failed && failed.range.start.line === line) {
      out.push(legacyFailure(instruction.keyword, stepText(instruction), failed.message));
      return;
    }
    id = hashText(`${id}${step?.cacheKey ?? stepText(instruction)}`).slice(0, 12);
    if (step?.status === "cached") out.push(" ---> Using cache");
    else if (!["FROM", "COPY", "ADD"].includes(instruction.keyword))
      out.push(` ---> Running in ${hashText(id, 7).slice(0, 12)}`);
    out.push(` ---> ${id}`);
  });
  if (!failed) out.push(`Successfully built ${id}`);
  return { text: out.join("\n") + "\n", failed };
}

// The legacy builder's own wording for a missing source (builder/dockerfile/copy.go).
function legacyFailure(keyword: string, text: string, message: string): string {
  const missing = /^"\/(.*)": not found$/.exec(message)?.[1];
  if (missing === undefined) return `${keyword} failed: ${message}`;
  if (/--from[= ]/.test(text)) return `${keyword} failed: stat ${missing}: file does not exist`;
  return `${keyword} failed: file not found in build context or excluded by .dockerignore: stat ${missing}: file does not exist`;
}
