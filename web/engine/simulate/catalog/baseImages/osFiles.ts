import { kib } from "../units";
import { estimate, measured, measuredLocally, repoInfo, web } from "../sources";
import type { BaseImage, Figure, KnownFile } from "../types";

// Single files of a base image that Dockerfiles copy out of it (`COPY --from=debian … ca-certificates.crt`,
// `COPY --from=golang /usr/share/zoneinfo …`, `COPY --from=nginx:alpine /etc/nginx/nginx.conf …`), with
// their sizes. The base layer bills them inside the image's own figure; a copy bills them again.

const DEBIAN_CA = measured(
  216_591,
  measuredLocally(
    "Debian 12, ca-certificates 20230311+deb12u1: /etc/ssl/certs/ca-certificates.crt as update-ca-certificates writes it from the 142 Mozilla certificates",
  ),
);

const DEBIAN_ZONEINFO = measured(
  1_492_276,
  measuredLocally("Debian 12, tzdata 2025b-0+deb12u2: du -sb /usr/share/zoneinfo"),
);

const ALPINE_CA = measured(
  kib(177),
  repoInfo("repos/alpine/local/3.21.8.md", "2026-09"),
  "ca-certificates-bundle 20260909-r0, whose only file is the bundle.",
);

const ALPINE_ZONEINFO = measured(
  kib(433),
  repoInfo("repos/python/local/3.12-alpine3.23.md", "2026-08"),
  "tzdata 2026c-r0 as apk add tzdata installs it.",
);

function like(figure: Figure, why: string): Figure {
  return estimate(figure.bytes, figure.source, why);
}

/** The CA bundle's size in `image`, or null when the catalog has no figure for its distro. */
export function caBundleSize(image: Pick<BaseImage, "os">): Figure | null {
  const { distro, release } = image.os;
  if (distro === "alpine") return ALPINE_CA;
  if (distro === "wolfi")
    return like(ALPINE_CA, "Wolfi's ca-certificates-bundle carries the same Mozilla list as Alpine's.");
  if (distro === "debian" && release === "bookworm") return DEBIAN_CA;
  if (distro === "debian" || distro === "ubuntu")
    return like(DEBIAN_CA, `Debian 12's bundle; ${release ?? "this release"} ships a later Mozilla list.`);
  return null;
}

/** The size of /usr/share/zoneinfo in `image`, or null when the catalog has no figure for its distro. */
export function zoneinfoSize(image: Pick<BaseImage, "os">): Figure | null {
  const { distro, release } = image.os;
  if (distro === "alpine") return ALPINE_ZONEINFO;
  if (distro === "debian" && release === "bookworm") return DEBIAN_ZONEINFO;
  if (distro === "debian" || distro === "ubuntu")
    return like(
      DEBIAN_ZONEINFO,
      `Debian 12's tzdata; ${release ?? "this release"} packages another tzdata release.`,
    );
  return null;
}

const PKG_OSS = "github.com/nginx/pkg-oss at e6727633 (2026-04)";

/**
 * nginx.org's packages install this configuration file (the same text on Debian and Alpine).
 * conf.d/default.conf (1072 bytes there) is left unsized: Dockerfiles delete it routinely, and a
 * sized base file deleted in a later layer reads as wasted bytes.
 */
export const NGINX_CONFIG_FILES: readonly KnownFile[] = [
  {
    path: "/etc/nginx/nginx.conf",
    type: "file",
    size: measured(644, web(`${PKG_OSS}: debian/debian/nginx.conf, alpine/alpine/nginx.conf`)),
  },
];
