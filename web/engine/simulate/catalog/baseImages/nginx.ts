import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage, WebServerRuntime } from "../types";
import {
  ALPINE_3_23,
  DEBIAN_BOOKWORM,
  DEBIAN_TRIXIE,
  DEFAULT_PATH,
  imageConfig,
  nginxUser,
  withUsers,
} from "./osFacts";
import { APK, APT, BASH, BUSYBOX_SH, CURL_DEBIAN } from "./contents";
import { NGINX_CONFIG_FILES } from "./osFiles";

const STABLE = repoInfo("repos/nginx/local/stable.md", "2026-09");
const STABLE_ALPINE = repoInfo("repos/nginx/local/stable-alpine.md", "2026-07");

function nginx(version: string): WebServerRuntime {
  return { kind: "nginx", version, binary: "/usr/sbin/nginx", documentRoot: "/usr/share/nginx/html" };
}

function config(version: string, release: string) {
  return imageConfig({
    env: {
      PATH: DEFAULT_PATH,
      NGINX_VERSION: version,
      NJS_VERSION: "1.0.1",
      NJS_RELEASE: `1~${release}`,
      ACME_VERSION: "0.4.1",
      PKG_RELEASE: `1~${release}`,
      DYNPKG_RELEASE: `1~${release}`,
    },
    entrypoint: ["/docker-entrypoint.sh"],
    cmd: ["nginx", "-g", "daemon off;"],
    exposedPorts: ["80/tcp"],
    stopSignal: "SIGQUIT",
  });
}

const NGINX_130: BaseImage = {
  id: "nginx:1.30-trixie",
  family: "nginx",
  title: "nginx 1.30 (stable) on Debian 13; the master runs as root, workers as nginx",
  measuredTag: "nginx:1.30.5",
  repositories: [{ name: "nginx" }],
  tags: {
    versions: ["1.30"],
    floating: ["1", "stable", "latest", "mainline"],
    measuredAs: ["stable"],
    variants: [""],
    releases: ["trixie"],
    defaultDistro: true,
  },
  size: measured(mb(169.48), STABLE),
  compressedSize: null,
  ...DEBIAN_TRIXIE,
  passwd: withUsers(DEBIAN_TRIXIE.passwd, nginxUser()),
  caCertificates: true,
  config: config("1.30.5", "trixie"),
  runtimes: [nginx("1.30.5")],
  contents: [BASH, APT, CURL_DEBIAN],
  files: NGINX_CONFIG_FILES,
  factsSource: STABLE,
  uncertain: [
    {
      field: "tzdata",
      reason: "image-facts.md §2 leaves tzdata open for nginx; Debian 13 no longer installs it by default.",
    },
  ],
};

const NGINX_127: BaseImage = {
  ...NGINX_130,
  id: "nginx:1.27-bookworm",
  title: "nginx 1.27 on Debian 12",
  measuredTag: "nginx:1.27",
  tags: { ...NGINX_130.tags, versions: ["1.27"], floating: [], measuredAs: [], releases: ["bookworm"] },
  size: estimate(mb(190), estimateIn("§1 nginx"), "1.27/bookworm was about 20 MB larger than 1.30/trixie."),
  ...DEBIAN_BOOKWORM,
  passwd: withUsers(DEBIAN_BOOKWORM.passwd, nginxUser()),
  caCertificates: true,
  config: config("1.27", "bookworm"),
  runtimes: [nginx("1.27")],
  uncertain: [],
};

const NGINX_130_ALPINE: BaseImage = {
  ...NGINX_130,
  id: "nginx:1.30-alpine",
  title: "nginx 1.30 (stable) on Alpine",
  measuredTag: "nginx:1.30.4-alpine",
  tags: { ...NGINX_130.tags, releases: [], defaultDistro: false },
  size: measured(mb(62.32), STABLE_ALPINE),
  ...ALPINE_3_23,
  passwd: withUsers(ALPINE_3_23.passwd, nginxUser()),
  config: config("1.30.4", "alpine"),
  runtimes: [nginx("1.30.4")],
  contents: [BUSYBOX_SH, APK],
  factsSource: STABLE_ALPINE,
  uncertain: [
    { field: "os.release", reason: "The Alpine release under nginx:1.30.4-alpine is not in image-facts.md." },
  ],
};

export const NGINX_IMAGES: readonly BaseImage[] = [NGINX_130, NGINX_127, NGINX_130_ALPINE];
