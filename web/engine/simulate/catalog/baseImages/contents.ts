import { mib } from "../units";
import { debianSum, measured, repoInfo } from "../sources";
import type { NotableContent } from "../types";

// Tools that make an image a build image. Sizes are what installing them adds ([DEB] on bookworm-slim,
// apk sizes from repo-info's rust:alpine list), so a lesson can say what leaving them in costs.

export const GCC_DEBIAN: NotableContent = {
  name: "gcc",
  path: "/usr/bin/gcc",
  kind: "compiler",
  size: measured(mib(172), debianSum("apt-get install gcc on bookworm-slim: +25 packages")),
};

export const MAKE: NotableContent = { name: "make", path: "/usr/bin/make", kind: "build-tool" };

export const GIT_DEBIAN: NotableContent = {
  name: "git",
  path: "/usr/bin/git",
  kind: "vcs",
  size: measured(mib(104), debianSum("apt-get install git on bookworm-slim")),
};

export const CURL_DEBIAN: NotableContent = {
  name: "curl",
  path: "/usr/bin/curl",
  kind: "network-tool",
  size: measured(mib(11.4), debianSum("apt-get install curl on bookworm-slim")),
};

export const WGET: NotableContent = { name: "wget", path: "/usr/bin/wget", kind: "network-tool" };

export const BASH: NotableContent = { name: "bash", path: "/bin/bash", kind: "shell" };

export const APT: NotableContent = { name: "apt", path: "/usr/bin/apt-get", kind: "package-manager" };

export const APK: NotableContent = { name: "apk", path: "/sbin/apk", kind: "package-manager" };

export const BUSYBOX_SH: NotableContent = { name: "busybox", path: "/bin/busybox", kind: "shell" };

const RUST_ALPINE = repoInfo("repos/rust/local/1.98-alpine3.23.md", "2026-09");

export const GCC_ALPINE: NotableContent = {
  name: "gcc",
  path: "/usr/bin/gcc",
  kind: "compiler",
  size: measured(mib(163), RUST_ALPINE, "The gcc apk alone."),
};

export const MUSL_DEV: NotableContent = {
  name: "musl-dev",
  path: "/usr/include",
  kind: "library",
  size: measured(mib(9.6), RUST_ALPINE),
};

/** What buildpack-deps (the base of the full python, node, golang and rust images) adds. */
export const BUILDPACK_DEPS: readonly NotableContent[] = [
  GCC_DEBIAN,
  MAKE,
  GIT_DEBIAN,
  CURL_DEBIAN,
  WGET,
  BASH,
  APT,
];
