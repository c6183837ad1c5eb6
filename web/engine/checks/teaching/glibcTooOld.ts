// A binary built on a newer glibc than the one it runs on: glibc is backward compatible only, so
// a program linked on Debian 13 (glibc 2.41) may need symbol versions Debian 12 (2.36) lacks.
// `rust:latest` (trixie) building for `debian:bookworm-slim` or `distroless/cc-debian12` is the classic.
import type { Diagnostic } from "../../diagnostics/types";
import { imageView } from "../../simulate/verdict/imageView";
import { imageName } from "../../simulate/verdict/reason";
import { finalImage } from "./finalImage";
import { teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const GLIBC_TOO_OLD = "glibc-too-old";

/** Compares dotted versions numerically: "2.41" > "2.36". */
function newer(a: string, b: string): boolean {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

export const glibcTooOld: TeachingCheck = (input) => {
  const image = finalImage(input);
  const runtime = image?.view.base?.libc;
  if (!image || runtime?.family !== "glibc" || runtime.version === null) return [];
  const diagnostics: Diagnostic[] = [];
  for (const node of image.stage.files) {
    if (node.origin.kind !== "step" || !node.copiedFrom) continue;
    const elf = node.facts.find(
      (fact) => fact.kind === "elf" && fact.linkage === "dynamic" && fact.libc === "glibc",
    );
    if (!elf) continue;
    const builtIn = node.origin.stage;
    const builder = input.simulation.stages.find((stage) => stage.stage === builtIn);
    if (!builder) continue;
    const builderView = imageView(builder, input.simulation.stages);
    const built = builderView.base?.libc;
    if (built?.family !== "glibc" || built.version === null || !newer(built.version, runtime.version))
      continue;
    const stageName = input.stages[builtIn]?.displayName ?? `stage ${builtIn}`;
    const runtimeError = `/lib/x86_64-linux-gnu/libc.so.6: version \`GLIBC_${built.version}' not found (required by ${node.path})`;
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: GLIBC_TOO_OLD,
        severity: "warning",
        line: node.copiedFrom.line,
        message: `${node.path} was built in stage ${stageName} on ${imageName(builderView)} (glibc ${built.version}) and runs on ${imageName(image.view)} (glibc ${runtime.version}): a program may need any glibc up to the one it was linked with, and then fails with "${runtimeError}".`,
        fix: `Build on the same Debian release as the final image (e.g. a -bookworm builder for a bookworm or distroless -debian12 runtime), or build a static binary.`,
      }),
    );
  }
  return diagnostics;
};
