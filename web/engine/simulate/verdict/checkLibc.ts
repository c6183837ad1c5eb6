// A dynamically linked program starts through its libc's loader and then needs its shared
// libraries. A glibc binary on Alpine or scratch has no /lib64/ld-linux-x86-64.so.2, so execve fails
// with ENOENT, and runc says "no such file or directory" about a file that is there.
import type { FileFact } from "../types";
import type { Program } from "./checkCommand";
import { hasLibc, libcName } from "./imageLibc";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { loaderFor } from "./loaders";
import { providesLibrary } from "./libraries";
import { code, failed, imageName, passed, type Reason } from "./reason";

type Elf = Extract<FileFact, { kind: "elf" }>;

function staticFix(elf: Elf): string {
  if (elf.producer === "go")
    return `Build a static binary with ${code("CGO_ENABLED=0 go build …")}, or run it on a glibc image such as ${code("gcr.io/distroless/base-debian12")}.`;
  if (elf.producer === "rust")
    return `Build for the musl target (static), or run it on ${code("gcr.io/distroless/cc-debian12")} or ${code("debian:bookworm-slim")}.`;
  return `Link it statically, or run it on an image with ${elf.libc} (${elf.libc === "musl" ? "alpine" : "debian:bookworm-slim or gcr.io/distroless/base-debian12"}).`;
}

function built(elf: Elf): string {
  return elf.producer ? ` (built by ${elf.producer}${elf.producer === "go" ? " with cgo" : ""})` : "";
}

export function checkLibc(view: ImageView, launch: Launch, program: Program, elf: Elf): Reason[] {
  const line = view.lineOf(program.lookup.node) ?? program.line;
  const path = program.lookup.path;
  if (elf.linkage === "static") {
    return [
      passed(
        "libc",
        `${path} is statically linked, so it needs no C library and runs on any base, even scratch.`,
        line,
      ),
    ];
  }
  if (!hasLibc(view, elf.libc)) {
    const loader = loaderFor(elf.libc) ?? "its loader";
    const reason = failed(
      "libc",
      elf.guessed
        ? `${path} was built by go with cgo on, so it is dynamically linked against ${elf.libc} if the program imports net, os/user or C (Stageplay could not read its sources): then the kernel starts it through ${loader}, which ${imageName(view)} (${libcName(view)}) does not have, and the error says "no such file or directory" about the loader.`
        : `${path} is dynamically linked against ${elf.libc}${built(elf)}: the kernel starts it through ${loader}, which ${imageName(view)} (${libcName(view)}) does not have. The error says "no such file or directory" about the loader, not about ${path}, which is there.`,
      {
        runtimeError: launch.shell
          ? `${launch.shell.program}:${launch.shell.kind === "dash" ? " 1:" : ""} ${program.word}: not found`
          : `exec ${program.path}: no such file or directory`,
        line,
        fix: staticFix(elf),
      },
    );
    return [elf.guessed ? { ...reason, doubtful: true } : reason];
  }
  const reasons: Reason[] = [];
  for (const library of elf.needs) {
    const provided = providesLibrary(view, library);
    if (provided === "yes") continue;
    const reason = failed(
      "libc",
      `${path} needs ${library}, which ${imageName(view)} does not have${provided === "unknown" ? " as far as Stageplay knows" : ""}.`,
      {
        runtimeError: `${path}: error while loading shared libraries: ${library}: cannot open shared object file: No such file or directory`,
        line,
        fix:
          library.startsWith("libgcc_s") || library.startsWith("libstdc++")
            ? `Use an image with the C++ runtime, e.g. ${code("gcr.io/distroless/cc-debian12")} instead of static or base.`
            : `Install the runtime package that provides ${library} in this stage (not its -dev package), or copy it from the build stage.`,
      },
    );
    reasons.push(provided === "unknown" ? { ...reason, doubtful: true } : reason);
  }
  if (reasons.length > 0) return reasons;
  const needs = elf.needs.length > 0 ? ` and ${elf.needs.join(", ")}` : "";
  return [
    passed(
      "libc",
      `${path} is dynamically linked against ${elf.libc}; the image has its loader${needs}.`,
      line,
    ),
  ];
}
