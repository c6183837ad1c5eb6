import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage, GoRuntime } from "../types";
import {
  ALPINE_3_23,
  DEBIAN_BOOKWORM,
  DEBIAN_BULLSEYE,
  DEBIAN_TRIXIE,
  DEFAULT_PATH,
  imageConfig,
} from "./osFacts";
import { APK, BUILDPACK_DEPS, BUSYBOX_SH } from "./contents";

const BOOKWORM = repoInfo("repos/golang/local/1.26-bookworm.md", "2026-08");
const TRIXIE = repoInfo("repos/golang/local/1.26.md", "2026-08");
const ALPINE = repoInfo("repos/golang/local/1.26-alpine3.23.md", "2026-08");
const OLDER = estimateIn("§1 golang:1.22/1.23");
// An older repo-info snapshot (commit 72e4be79, January 2023), when golang:1.19 was current: the
// Docker docs' Go guide builds on it.
const GO_119 = repoInfo("repos/golang/local/1.19.5-bullseye.md (commit 72e4be79)", "2023-01");

function go(version: string, cgoDefault: boolean): GoRuntime {
  return {
    kind: "go",
    version,
    binary: "/usr/local/go/bin/go",
    goroot: "/usr/local/go",
    gopath: "/go",
    cgoDefault,
  };
}

function config(version: string, cmd: readonly string[]) {
  return imageConfig({
    env: {
      PATH: `/go/bin:/usr/local/go/bin:${DEFAULT_PATH}`,
      GOLANG_VERSION: version,
      GOTOOLCHAIN: "local",
      GOPATH: "/go",
    },
    workdir: "/go",
    cmd,
  });
}

const GOLANG_126: BaseImage = {
  id: "golang:1.26-bookworm",
  family: "golang",
  title: "Go 1.26 on Debian 12 (gcc installed, so cgo is on and net/os/user builds link glibc)",
  measuredTag: "golang:1.26.7-bookworm",
  repositories: [{ name: "golang" }],
  tags: {
    versions: ["1.26"],
    floating: ["1", "latest"],
    variants: [""],
    releases: ["bookworm"],
    defaultDistro: true,
  },
  size: measured(mb(833.46), BOOKWORM),
  compressedSize: null,
  ...DEBIAN_BOOKWORM,
  caCertificates: true,
  config: config("1.26.7", ["bash"]),
  runtimes: [go("1.26.7", true)],
  contents: BUILDPACK_DEPS,
  factsSource: BOOKWORM,
  uncertain: [],
};

// golang:1.26 without a suffix is the trixie image.
const GOLANG_126_TRIXIE: BaseImage = {
  ...GOLANG_126,
  id: "golang:1.26-trixie",
  title: "Go 1.26 on Debian 13 (gcc installed, so cgo is on and net/os/user builds link glibc 2.41)",
  measuredTag: "golang:1.26.7-trixie",
  tags: { ...GOLANG_126.tags, releases: ["trixie"], defaultRelease: true },
  size: measured(mb(873.77), TRIXIE),
  ...DEBIAN_TRIXIE,
  caCertificates: true,
  factsSource: TRIXIE,
  uncertain: [
    {
      field: "tzdata",
      reason: "Debian 13 no longer installs tzdata; Go still finds zoneinfo in GOROOT while building.",
    },
  ],
};

const GOLANG_126_ALPINE: BaseImage = {
  ...GOLANG_126,
  id: "golang:1.26-alpine3.23",
  title: "Go 1.26 on Alpine 3.23 (no gcc, so cgo is off and binaries are static)",
  measuredTag: "golang:1.26.6-alpine3.23",
  tags: { ...GOLANG_126.tags, releases: ["3.23"], defaultDistro: false },
  size: measured(mb(241.35), ALPINE),
  ...ALPINE_3_23,
  config: config("1.26.6", ["/bin/sh"]),
  runtimes: [go("1.26.6", false)],
  contents: [BUSYBOX_SH, APK],
  factsSource: ALPINE,
};

const GOLANG_123: BaseImage = {
  ...GOLANG_126,
  id: "golang:1.23-bookworm",
  title: "Go 1.22–1.23 on Debian 12",
  measuredTag: "golang:1.23-bookworm",
  tags: { ...GOLANG_126.tags, versions: ["1.23", "1.22"], floating: [] },
  size: estimate(mb(820), OLDER, "Benchmarks in image-facts.md §4 saw 781–823 MB.", [mb(810), mb(830)]),
  config: config("1.23", ["bash"]),
  runtimes: [go("1.23", true)],
};

const GOLANG_123_ALPINE: BaseImage = {
  ...GOLANG_126_ALPINE,
  id: "golang:1.23-alpine",
  title: "Go 1.22–1.23 on Alpine",
  measuredTag: "golang:1.23-alpine",
  tags: { ...GOLANG_126_ALPINE.tags, versions: ["1.23", "1.22"], floating: [], releases: [] },
  size: estimate(mb(232), OLDER, "Between the 1.26 alpine figure and older toolchains.", [mb(225), mb(240)]),
  config: config("1.23", ["/bin/sh"]),
  runtimes: [go("1.23", false)],
};

// golang:1.19 without a suffix was the bullseye image.
const GOLANG_119: BaseImage = {
  ...GOLANG_126,
  id: "golang:1.19-bullseye",
  title: "Go 1.19 on Debian 11 (the Docker docs Go guide's base; gcc installed, so cgo is on)",
  measuredTag: "golang:1.19.5-bullseye",
  tags: {
    ...GOLANG_126.tags,
    versions: ["1.19"],
    floating: [],
    releases: ["bullseye"],
    defaultRelease: true,
  },
  size: measured(mb(992.47), GO_119),
  ...DEBIAN_BULLSEYE,
  caCertificates: true,
  config: config("1.19.5", ["bash"]),
  runtimes: [go("1.19.5", true)],
  factsSource: GO_119,
};

export const GOLANG_IMAGES: readonly BaseImage[] = [
  GOLANG_126_TRIXIE,
  GOLANG_126,
  GOLANG_126_ALPINE,
  GOLANG_123,
  GOLANG_123_ALPINE,
  GOLANG_119,
];
