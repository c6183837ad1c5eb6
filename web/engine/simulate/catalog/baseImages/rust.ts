import { gb, mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage, RustRuntime } from "../types";
import { ALPINE_3_23, DEBIAN_BOOKWORM, DEBIAN_TRIXIE, DEFAULT_PATH, imageConfig } from "./osFacts";
import { APK, APT, BASH, BUILDPACK_DEPS, BUSYBOX_SH, GCC_ALPINE, GCC_DEBIAN, MUSL_DEV } from "./contents";

const FULL = repoInfo("repos/rust/local/1.98-bookworm.md", "2026-09");
const SLIM = repoInfo("repos/rust/local/1.98-slim-bookworm.md", "2026-09");
const ALPINE = repoInfo("repos/rust/local/1.98-alpine3.23.md", "2026-09");
const TRIXIE = repoInfo("repos/rust/local/1.98-trixie.md", "2026-08");
const SLIM_TRIXIE = repoInfo("repos/rust/local/1.98-slim.md", "2026-08");
const TRIXIE_TZDATA = {
  field: "tzdata",
  reason: "Debian 13 no longer installs tzdata; whether the image pulls it back is not recorded.",
};
const OLDER = estimateIn("§1 rust:1.8x");
const OLDER_NOTE = "Toolchains grow roughly 1–2% per release.";
const OLDER_VERSIONS = ["1.80", "1.81", "1.82", "1.83", "1.84", "1.85", "1.86", "1.87", "1.88", "1.89"];

function rust(version: string, musl: boolean): RustRuntime {
  return {
    kind: "rust",
    version,
    binary: "/usr/local/cargo/bin/cargo",
    cargoHome: "/usr/local/cargo",
    rustupHome: "/usr/local/rustup",
    defaultTarget: musl ? "x86_64-unknown-linux-musl" : "x86_64-unknown-linux-gnu",
    staticByDefault: musl,
  };
}

function config(version: string, cmd: readonly string[]) {
  return imageConfig({
    env: {
      PATH: `/usr/local/cargo/bin:${DEFAULT_PATH}`,
      RUSTUP_HOME: "/usr/local/rustup",
      CARGO_HOME: "/usr/local/cargo",
      RUST_VERSION: version,
    },
    cmd,
  });
}

const RUST_198: BaseImage = {
  id: "rust:1.98-bookworm",
  family: "rust",
  title: "Rust 1.98 on Debian 12 (binaries link glibc and libgcc_s)",
  measuredTag: "rust:1.98.1-bookworm",
  repositories: [{ name: "rust" }],
  tags: {
    versions: ["1.98"],
    floating: ["1", "latest"],
    variants: [""],
    releases: ["bookworm"],
    defaultDistro: true,
  },
  size: measured(mb(1560), FULL),
  compressedSize: null,
  ...DEBIAN_BOOKWORM,
  caCertificates: true,
  config: config("1.98.1", ["bash"]),
  runtimes: [rust("1.98.1", false)],
  contents: BUILDPACK_DEPS,
  factsSource: FULL,
  uncertain: [],
};

const RUST_198_SLIM: BaseImage = {
  ...RUST_198,
  id: "rust:1.98-slim-bookworm",
  title: "Rust 1.98 on Debian 12 slim (adds gcc and libc6-dev for linking)",
  measuredTag: "rust:1.98.1-slim-bookworm",
  tags: { ...RUST_198.tags, variants: ["slim"] },
  size: measured(mb(894.37), SLIM),
  contents: [GCC_DEBIAN, BASH, APT],
  factsSource: SLIM,
};

// rust:1.98 without a suffix is the trixie image: binaries built there need glibc 2.41.
const RUST_198_TRIXIE: BaseImage = {
  ...RUST_198,
  id: "rust:1.98-trixie",
  title: "Rust 1.98 on Debian 13 (binaries link glibc 2.41 and libgcc_s)",
  measuredTag: "rust:1.98.0-trixie",
  tags: { ...RUST_198.tags, releases: ["trixie"], defaultRelease: true },
  size: measured(gb(1.65), TRIXIE),
  ...DEBIAN_TRIXIE,
  caCertificates: true,
  config: config("1.98.0", ["bash"]),
  runtimes: [rust("1.98.0", false)],
  factsSource: TRIXIE,
  uncertain: [TRIXIE_TZDATA],
};

const RUST_198_SLIM_TRIXIE: BaseImage = {
  ...RUST_198_TRIXIE,
  id: "rust:1.98-slim-trixie",
  title: "Rust 1.98 on Debian 13 slim (adds gcc and libc6-dev for linking)",
  measuredTag: "rust:1.98.0-slim-trixie",
  tags: { ...RUST_198_TRIXIE.tags, variants: ["slim"] },
  size: measured(mb(904.77), SLIM_TRIXIE),
  contents: [GCC_DEBIAN, BASH, APT],
  factsSource: SLIM_TRIXIE,
};

const RUST_198_ALPINE: BaseImage = {
  ...RUST_198,
  id: "rust:1.98-alpine3.23",
  title: "Rust 1.98 on Alpine 3.23 (musl target: static binaries that run on scratch)",
  measuredTag: "rust:1.98.1-alpine3.23",
  tags: { ...RUST_198.tags, releases: ["3.23"], defaultDistro: false },
  size: measured(mb(1030), ALPINE),
  ...ALPINE_3_23,
  config: config("1.98.1", ["/bin/sh"]),
  runtimes: [rust("1.98.1", true)],
  contents: [GCC_ALPINE, MUSL_DEV, BUSYBOX_SH, APK],
  factsSource: ALPINE,
};

function older(from: BaseImage, id: string, megabytes: number): BaseImage {
  return {
    ...from,
    id,
    title: from.title.replace("Rust 1.98", "Rust 1.80–1.89"),
    measuredTag: id.replace("1.8x", "1.85"),
    tags: { ...from.tags, versions: OLDER_VERSIONS, floating: [], releases: [] },
    size: estimate(mb(megabytes), OLDER, OLDER_NOTE),
    runtimes: [
      rust(
        "1.8",
        from.runtimes.some((r) => r.kind === "rust" && r.staticByDefault),
      ),
    ],
  };
}

export const RUST_IMAGES: readonly BaseImage[] = [
  RUST_198_TRIXIE,
  RUST_198_SLIM_TRIXIE,
  RUST_198,
  RUST_198_SLIM,
  RUST_198_ALPINE,
  older(RUST_198, "rust:1.8x-bookworm", 1450),
  older(RUST_198_SLIM, "rust:1.8x-slim-bookworm", 800),
  older(RUST_198_ALPINE, "rust:1.8x-alpine", 900),
];
