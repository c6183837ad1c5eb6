// A dynamically linked program on an image without its C library: a cgo Go binary or a Debian-built
// Rust binary on scratch or Alpine. The kernel cannot find its loader (ld-linux-x86-64.so.2), and the
// error names the program, which is there, as "no such file or directory".
import type { Diagnostic } from "../../diagnostics/types";
import type { FileFact } from "../../simulate/types";
import { hasLibc, libcName } from "../../simulate/verdict/imageLibc";
import { imageName } from "../../simulate/verdict/reason";
import { doubtAbout, weighDoubt, finalImage, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const DYNAMIC_BINARY_WITHOUT_LIBC = "dynamic-binary-without-libc";

type Elf = Extract<FileFact, { kind: "elf" }>;

function staticFix(elf: Elf): string {
  if (elf.producer === "go")
    return `Build a static binary with ${code("CGO_ENABLED=0 go build …")}, or run it on a glibc image such as ${code("gcr.io/distroless/base-debian12")}.`;
  if (elf.producer === "rust")
    return `Build for the musl target (static), or run it on ${code("gcr.io/distroless/cc-debian12")} or ${code("debian:bookworm-slim")}.`;
  return `Link it statically, or run it on an image with ${elf.libc}.`;
}

export const dynamicBinaryWithoutLibc: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  for (const node of image.stage.files) {
    if (node.origin.kind === "base") continue;
    for (const fact of node.facts) {
      if (fact.kind !== "elf" || fact.linkage !== "dynamic" || fact.libc === "none") continue;
      if (hasLibc(image.view, fact.libc)) continue;
      const line = image.view.lineOf(node);
      if (line === null) continue;
      // The verdict names the same COPY when this binary is the command: say what it says.
      const verdict = verdictFailure(image, "libc", line);
      const runtimeError = verdict?.runtimeError ?? `exec ${node.path}: no such file or directory`;
      const built = fact.producer
        ? ` (built by ${fact.producer}${fact.producer === "go" ? " with cgo" : ""})`
        : "";
      diagnostics.push(
        teachingDiagnostic(input, {
          rule: DYNAMIC_BINARY_WITHOUT_LIBC,
          // A cgo build whose sources Stageplay could not read may well be static.
          severity: fact.guessed ? "info" : "error",
          line,
          message: fact.guessed
            ? `${node.path} was built by go with cgo on, so it may be dynamically linked against ${fact.libc}: it is if the program imports net, os/user or C, and Stageplay could not read the sources. Then, as ${imageName(image.view)} has ${libcName(image.view)}, starting it fails with ${code(runtimeError)}, about a file that is there, because its loader is not.`
            : `${node.path} is dynamically linked against ${fact.libc}${built}, but ${imageName(image.view)} has ${libcName(image.view)}: starting it fails with ${code(runtimeError)}, about a file that is there, because its loader is not.`,
          fix: verdict?.fix ?? staticFix(fact),
          url: "https://docs.docker.com/guides/golang/build-images/",
        }),
      );
    }
  }
  const doubt = doubtAbout(image);
  return diagnostics.map((diagnostic) => weighDoubt(diagnostic, doubt));
};
