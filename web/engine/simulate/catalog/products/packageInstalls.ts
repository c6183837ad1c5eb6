import { mib } from "../units";
import { debianSum, estimate, measured, repoInfo, web } from "../sources";
import type { PackageInstallFigure } from "./productTypes";

const SLIM = "debian:bookworm-slim";
const RUST_ALPINE = repoInfo("repos/rust/local/1.98-alpine3.23.md", "2026-09");

function apt(
  packages: string,
  megabytes: number,
  packageCount: number | null = null,
  note?: string,
): PackageInstallFigure {
  const source = debianSum(`apt-get install --no-install-recommends ${packages} on ${SLIM}`);
  return {
    manager: "apt",
    packages: packages.split(" "),
    packageCount,
    on: SLIM,
    size: measured(mib(megabytes), source, note),
  };
}

/** `apt-get install` on Debian 12 slim, from Installed-Size sums over resolved dependencies ([DEB]). */
export const APT_INSTALLS: readonly PackageInstallFigure[] = [
  {
    ...apt("build-essential", 308, 56),
    withRecommends: estimate(
      mib(376),
      debianSum("build-essential with recommends"),
      "Recommends add roughly 68 MiB.",
    ),
  },
  apt("gcc", 172, 25),
  apt("ca-certificates", 8.5),
  apt("curl", 11.4),
  apt("git", 104),
  apt("python3", 32),
  apt("libpq-dev", 22),
  apt("libpq5", 9.4),
  apt("openjdk-17-jre-headless", 218),
  apt("nodejs", 94, null, "Debian 12 ships Node.js 18."),
];

/**
 * Meta packages: what they depend on (Debian 12's build-essential: Depends libc6-dev | libc-dev, gcc,
 * g++, make, dpkg-dev). The meta package itself holds only its documentation; purging it leaves its
 * dependencies installed, marked as automatically installed, until `apt-get autoremove`.
 */
export const APT_META_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  "build-essential": ["gcc", "g++", "make", "dpkg-dev", "libc6-dev"],
};

/**
 * Recommends the simulator models because they decide what a verdict reads: curl (through libcurl4),
 * wget and git recommend ca-certificates in Debian 12, so without --no-install-recommends the CA
 * bundle arrives with them.
 */
export const APT_RECOMMENDS: Readonly<Record<string, readonly string[]>> = {
  curl: ["ca-certificates"],
  wget: ["ca-certificates"],
  git: ["ca-certificates"],
};

/** Single packages inside build-essential, for lessons that show where the bytes go ([DEB]). */
export const APT_PACKAGE_SIZES: Readonly<Record<string, number>> = {
  "gcc-12": mib(66),
  "g++-12": mib(35),
  "cpp-12": mib(33),
  perl: mib(45),
  libc6: mib(13.0),
  libssl3: mib(6.0),
};

/** `apk add` on Alpine 3.22/3.23. */
export const APK_INSTALLS: readonly PackageInstallFigure[] = [
  {
    manager: "apk",
    packages: ["build-base"],
    packageCount: null,
    on: "alpine:3.23",
    size: estimate(
      mib(230),
      RUST_ALPINE,
      "gcc 163 + binutils 10 + musl-dev 9.6 MiB ([RI] rust alpine list) + g++/libstdc++-dev ~45 MiB (EST). " +
        'A real log, rust:1.88-alpine + build-base + openssl-dev, printed "OK: 247 MiB in 40 packages".',
    ),
  },
  {
    manager: "apk",
    packages: ["gcc"],
    packageCount: null,
    on: "alpine:3.23",
    size: measured(mib(163), RUST_ALPINE),
  },
  {
    manager: "apk",
    packages: ["binutils"],
    packageCount: null,
    on: "alpine:3.23",
    size: measured(mib(10), RUST_ALPINE),
  },
  {
    manager: "apk",
    packages: ["musl-dev"],
    packageCount: null,
    on: "alpine:3.23",
    size: measured(mib(9.6), RUST_ALPINE),
  },
];

/** The one real build log the apk estimate is checked against. */
export const APK_BUILD_LOG = measured(
  mib(247),
  web("code-corpus build log: rust:1.88-alpine + apk add build-base openssl-dev"),
  "OK: 247 MiB in 40 packages (the rust image's own gcc included).",
);
