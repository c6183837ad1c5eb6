// A compiler or build tool in the image that runs the app: the build needed it, the container does
// not. From the base image (a full `golang`, `python` or `node` image), or installed by a step of the
// final stage. The fix is the point of a multistage build: build in one stage, run from a small one.
import type { Diagnostic } from "../../diagnostics/types";
import { formatSize } from "../../simulate/formatSize";
import type { FileNode } from "../../simulate/types";
import { finalImage } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const FINAL_IMAGE_SHIPS_COMPILER = "final-image-ships-compiler";
const URL = "https://docs.docker.com/build/building/multi-stage/";
const ROLE_WORDS = { compiler: "compiler", "build-tool": "build tool", "package-manager": "package manager" };

interface Tool {
  name: string;
  role: keyof typeof ROLE_WORDS;
  node: FileNode;
}

function describe(tools: readonly Tool[]): string {
  return tools
    .map(({ name, role, node }) =>
      node.sizeBytes > 0
        ? `${name} (${ROLE_WORDS[role]}, ${formatSize(node.sizeBytes)})`
        : `${name} (${ROLE_WORDS[role]})`,
    )
    .join(", ");
}

export const finalImageShipsCompiler: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const stage = input.stages[image.stage.stage];
  if (!stage) return [];
  const byLine = new Map<number, Tool[]>();
  for (const { node, fact } of image.view.withFact("tool")) {
    const line = image.view.lineOf(node);
    // A package manager the base image ships (apt in every Debian image) is part of choosing that base;
    // one a step installed, or compilers and build tools from anywhere, are worth a sentence.
    const wanted =
      fact.role === "compiler" ||
      fact.role === "build-tool" ||
      (fact.role === "package-manager" && line !== null);
    if (!wanted) continue;
    const at = line ?? stage.line;
    byLine.set(at, [...(byLine.get(at) ?? []), { name: fact.name, role: fact.role as Tool["role"], node }]);
  }
  const diagnostics: Diagnostic[] = [];
  const baseName = image.view.resolution?.reference.raw ?? stage.base;
  const parent = stage.baseStage === null ? null : input.stages[stage.baseStage];
  const builtOn = parent
    ? `on stage ${parent.displayName}, which starts FROM ${baseName}`
    : `FROM ${baseName}`;
  for (const [line, tools] of byLine) {
    const fromBase = line === stage.line;
    const total = tools.reduce((sum, tool) => sum + tool.node.sizeBytes, 0);
    const size = total > 0 ? ` (${formatSize(total)} the container never uses)` : "";
    const what = tools.length === 1 ? "a tool" : "tools";
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: FINAL_IMAGE_SHIPS_COMPILER,
        severity: "warning",
        line,
        message: fromBase
          ? `The final image is built ${builtOn} and ships ${describe(tools)}: ${what} for building the app, not for running it${size}.`
          : `This step leaves ${describe(tools)} in the final image: ${what} for building the app, not for running it${size}.`,
        fix: fromBase
          ? `Build in a separate stage (${code(`FROM ${baseName} AS build`)}) and start the final stage from a runtime image without build tools (a -slim, distroless or scratch image), copying only what the app needs with ${code("COPY --from=build …")}.`
          : `Install build tools in a build stage and copy only the result into the final stage, or remove them in the same RUN that used them.`,
        url: URL,
      }),
    );
  }
  return diagnostics;
};
