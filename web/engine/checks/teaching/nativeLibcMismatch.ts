// Compiled extensions built against one libc copied into an image with another: manylinux wheels
// and node addons built on Debian (glibc) do not load on Alpine (musl), and musllinux ones not on
// Debian. Binaries are dynamicBinaryWithoutLibc's; this is about packages an interpreter loads.
import type { Diagnostic } from "../../diagnostics/types";
import type { LibcFamily } from "../../simulate/catalog/types";
import { hasLibc, libcName } from "../../simulate/verdict/imageLibc";
import { doubtAbout, weighDoubt, finalImage, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const NATIVE_LIBC_MISMATCH = "native-libc-mismatch";

function loadError(kind: "python" | "node", path: string, libc: LibcFamily): string {
  if (kind === "python")
    return libc === "musl"
      ? "ImportError: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory"
      : `ImportError: Error relocating ${path}/…so: __snprintf_chk: symbol not found`;
  return libc === "musl"
    ? `Error: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory`
    : `Error: Error relocating ${path}/…node: __snprintf_chk: symbol not found`;
}

export const nativeLibcMismatch: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  const lines = new Set<number>();
  for (const node of image.stage.files) {
    for (const fact of node.facts) {
      const native =
        fact.kind === "python-package"
          ? { kind: "python" as const, libc: fact.nativeLibc, name: fact.name }
          : fact.kind === "node-modules"
            ? { kind: "node" as const, libc: fact.native, name: node.path }
            : null;
      if (!native || native.libc === null || native.libc === "none" || hasLibc(image.view, native.libc))
        continue;
      const line = image.view.lineOf(node);
      if (line === null || lines.has(line)) continue;
      lines.add(line);
      const verdict = verdictFailure(image, "libc", line);
      const runtimeError = verdict?.runtimeError ?? loadError(native.kind, node.path, native.libc);
      const musl = native.libc === "musl";
      diagnostics.push(
        teachingDiagnostic(input, {
          rule: NATIVE_LIBC_MISMATCH,
          severity: "error",
          line,
          message: `${native.kind === "python" ? native.name : `The node_modules at ${native.name}`} has compiled extensions linked against ${native.libc}, but this image has ${libcName(image.view)}, so loading them fails with ${code(runtimeError)}.`,
          fix:
            verdict?.fix ??
            `Install the packages on the same libc family as the final image: build on ${musl ? "an Alpine image" : "a Debian-based image (-slim)"} when the final stage is ${musl ? "Alpine" : "Debian-based"}, or rebuild them in the final stage.`,
          url:
            native.kind === "python"
              ? "https://pythonspeed.com/articles/alpine-docker-python/"
              : "https://github.com/nodejs/docker-node#nodealpine",
        }),
      );
    }
  }
  const doubt = doubtAbout(image);
  return diagnostics.map((diagnostic) => weighDoubt(diagnostic, doubt));
};
