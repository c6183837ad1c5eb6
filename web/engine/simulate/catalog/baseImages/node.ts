import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage, NodeRuntime } from "../types";
import { ALPINE_3_23, DEBIAN_BOOKWORM, DEFAULT_PATH, imageConfig, NODE_USER, withUsers } from "./osFacts";
import { APK, APT, BASH, BUILDPACK_DEPS, BUSYBOX_SH } from "./contents";

const FULL = repoInfo("repos/node/local/22.23.1-bookworm.md", "2026-07");
const SLIM = repoInfo("repos/node/local/22-bookworm-slim.md", "2026-07");
const ALPINE = repoInfo("repos/node/local/22-alpine3.23.md", "2026-09");
const NODE_20 = estimateIn("§1 node:20 / 20-slim / 20-alpine");
const NODE_20_NOTE = "Node 22 value minus ~20 MB: the node 20 binary is 98.9 MB [M].";

function node(version: string): NodeRuntime {
  return {
    kind: "node",
    version,
    binary: "/usr/local/bin/node",
    npm: "/usr/local/lib/node_modules/npm/bin/npm-cli.js",
    yarn: "/opt/yarn-v1.22.22/bin/yarn",
    corepack: true,
    headers: true,
  };
}

function config(version: string) {
  return imageConfig({
    env: { PATH: DEFAULT_PATH, NODE_VERSION: version, YARN_VERSION: "1.22.22" },
    entrypoint: ["docker-entrypoint.sh"],
    cmd: ["node"],
  });
}

const NODE_22: BaseImage = {
  id: "node:22-bookworm",
  family: "node",
  title: "Node.js 22 on Debian 12, with buildpack-deps (gcc, make, python3 for node-gyp)",
  measuredTag: "node:22.23.1-bookworm",
  repositories: [{ name: "node" }],
  tags: {
    versions: ["22"],
    floating: ["jod", "lts", "latest", "current"],
    variants: [""],
    releases: ["bookworm"],
    defaultDistro: true,
  },
  size: measured(mb(1130), FULL),
  compressedSize: null,
  ...DEBIAN_BOOKWORM,
  passwd: withUsers(DEBIAN_BOOKWORM.passwd, NODE_USER),
  caCertificates: true,
  config: config("22.23.1"),
  runtimes: [node("22.23.1")],
  contents: BUILDPACK_DEPS,
  factsSource: FULL,
  uncertain: [],
};

const NODE_22_SLIM: BaseImage = {
  ...NODE_22,
  id: "node:22-bookworm-slim",
  title: "Node.js 22 on Debian 12 slim (ca-certificates purged; node has built-in roots)",
  measuredTag: "node:22-bookworm-slim",
  tags: { ...NODE_22.tags, variants: ["slim"] },
  size: measured(mb(227.33), SLIM),
  compressedSize: estimate(mb(75), estimateIn("§1 node:22-slim"), "Debian C/U ratio 0.33."),
  caCertificates: false,
  contents: [BASH, APT],
  factsSource: SLIM,
};

const NODE_22_ALPINE: BaseImage = {
  ...NODE_22,
  id: "node:22-alpine3.23",
  title: "Node.js 22 on Alpine 3.23 (musl + libstdc++: glibc-built native addons do not load)",
  measuredTag: "node:22-alpine3.23",
  tags: { ...NODE_22.tags, releases: ["3.23"], defaultDistro: false },
  size: measured(mb(167.63), ALPINE),
  compressedSize: estimate(mb(55), estimateIn("§1 node:22-alpine"), "Alpine C/U ratio 0.33."),
  ...ALPINE_3_23,
  passwd: withUsers(ALPINE_3_23.passwd, NODE_USER),
  config: config("22.23.2"),
  runtimes: [node("22.23.2")],
  contents: [BUSYBOX_SH, APK],
  factsSource: ALPINE,
};

function node20(from: BaseImage, id: string, megabytes: number, variantTitle: string): BaseImage {
  return {
    ...from,
    id,
    title: `Node.js 20 ${variantTitle}`,
    measuredTag: id,
    tags: { ...from.tags, versions: ["20"], floating: ["iron"], releases: [] },
    size: estimate(mb(megabytes), NODE_20, NODE_20_NOTE),
    compressedSize: null,
    config: config("20"),
    runtimes: [node("20")],
  };
}

export const NODE_IMAGES: readonly BaseImage[] = [
  NODE_22,
  NODE_22_SLIM,
  NODE_22_ALPINE,
  node20(NODE_22, "node:20-bookworm", 1100, "on Debian 12"),
  node20(NODE_22_SLIM, "node:20-bookworm-slim", 205, "on Debian 12 slim"),
  node20(NODE_22_ALPINE, "node:20-alpine", 145, "on Alpine"),
];
