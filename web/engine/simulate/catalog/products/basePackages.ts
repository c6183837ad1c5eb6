import { repoInfo } from "../sources";
import type { BaseImage, Source } from "../types";
import { GCC_DEBIAN, GIT_DEBIAN } from "../baseImages/contents";

// The system packages a base image already has, so that `apt-get install` / `apk add` of one of them
// adds nothing (apt prints "… is already the newest version"). Names are binary package names.

/** Every binary package of debian:bookworm-slim (Priority required, plus apt and its keyring). */
const DEBIAN_SLIM = `adduser apt base-files base-passwd bash bsdutils coreutils dash debconf
  debian-archive-keyring debianutils diffutils dpkg e2fsprogs findutils gcc-12-base gpgv grep gzip
  hostname init-system-helpers libacl1 libapt-pkg6.0 libattr1 libaudit-common libaudit1 libblkid1
  libbz2-1.0 libc-bin libc6 libcap-ng0 libcap2 libcom-err2 libcrypt1 libdb5.3 libdebconfclient0
  libext2fs2 libffi8 libgcc-s1 libgcrypt20 libgmp10 libgnutls30 libgpg-error0 libhogweed6 libidn2-0
  liblz4-1 liblzma5 libmd0 libmount1 libnettle8 libp11-kit0 libpam-modules libpam-modules-bin
  libpam-runtime libpam0g libpcre2-8-0 libseccomp2 libselinux1 libsemanage-common libsemanage2
  libsepol2 libsmartcols1 libss2 libstdc++6 libsystemd0 libtasn1-6 libtinfo6 libudev1 libunistring2
  libuuid1 libxxhash0 libzstd1 login logsave mawk mount ncurses-base ncurses-bin passwd perl-base sed
  sysvinit-utils tar tzdata usr-is-merged util-linux util-linux-extra zlib1g`;

/** What buildpack-deps:bookworm (curl, scm and the full tag) installs on top: the full python, node, golang and rust images. */
const BUILDPACK_DEPS = `ca-certificates curl gnupg netbase sq wget git mercurial openssh-client subversion
  procps autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev
  libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev
  libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev
  libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool
  libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev`;

/** Every package of alpine:3.21.8. */
const ALPINE = `alpine-baselayout alpine-baselayout-data alpine-keys alpine-release apk-tools busybox
  busybox-binsh ca-certificates-bundle libcrypto3 libssl3 musl musl-utils scanelf ssl_client zlib`;

function names(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export interface BasePackages {
  names: ReadonlySet<string>;
  source: Source;
}

const DEBIAN_SOURCE = repoInfo("repos/debian/local/bookworm-slim.md", "2026-09");
const BUILDPACK_SOURCE: Source = {
  mark: "WEB",
  ref: "github.com/docker-library/buildpack-deps debian/bookworm/{curl,scm,}/Dockerfile at 8330ca1d (2025-11)",
};

/**
 * The packages `image` is known to have, or null when the catalog has no list for it. Debian's
 * required set is in every Debian and Ubuntu image (the library names differ a little on Ubuntu).
 */
export function basePackages(image: BaseImage): BasePackages | null {
  if (image.packageManager === "apk" || image.os.distro === "alpine") {
    return { names: new Set(names(ALPINE)), source: repoInfo("repos/alpine/local/3.21.8.md", "2026-09") };
  }
  if (image.os.distro !== "debian" && image.os.distro !== "ubuntu") return null;
  const all = names(DEBIAN_SLIM);
  if (image.caCertificates) all.push("ca-certificates", "openssl");
  if (!image.tzdata) all.splice(all.indexOf("tzdata"), 1);
  const buildpack = image.contents.includes(GIT_DEBIAN);
  if (buildpack) all.push(...names(BUILDPACK_DEPS));
  // rust:*-slim installs its linker: apt-get install ca-certificates gcc libc6-dev wget.
  else if (image.contents.includes(GCC_DEBIAN)) all.push("gcc", "libc6-dev", "wget");
  return { names: new Set(all), source: buildpack ? BUILDPACK_SOURCE : DEBIAN_SOURCE };
}
