import { mb } from "../units";
import { estimate, estimateIn, web } from "../sources";
import type { BaseImage, RepositoryName } from "../types";
import { DEFAULT_PATH, imageConfig, NONROOT, WOLFI } from "./osFacts";
import { APK, BUSYBOX_SH } from "./contents";

const STATIC = web("ghcr.io/chainguard-images/static manifests (layer sizes)", "2025");
const PYTHON = web("https://images.chainguard.dev/directory/image/python-fips", "2026");

function repositories(name: string): RepositoryName[] {
  return [{ name: `cgr.dev/chainguard/${name}` }, { name: `chainguard/${name}` }];
}

const NONROOT_CONFIG = { user: String(NONROOT.uid) };
const USER_ESTIMATE = { field: "config.user", reason: "image-facts.md §2: nonroot 65532 is an estimate." };

const CHAINGUARD_STATIC: BaseImage = {
  id: "cgr.dev/chainguard/static",
  family: "chainguard",
  title: "Chainguard static (Wolfi): CA certs and a passwd, no libc",
  measuredTag: "cgr.dev/chainguard/static:latest",
  repositories: repositories("static"),
  tags: {
    versions: [],
    floating: ["latest"],
    measuredAs: ["latest"],
    variants: [""],
    releases: [],
    defaultDistro: true,
  },
  size: estimate(mb(1.5), STATIC, "Uncompressed ~1–2 MB from the layer sizes.", [mb(1), mb(2)]),
  compressedSize: estimate(mb(0.73), STATIC, "0.63–0.83 MB across releases.", [mb(0.63), mb(0.83)]),
  ...WOLFI,
  libc: { family: "none", version: null },
  tzdata: true,
  config: imageConfig({
    env: { PATH: DEFAULT_PATH, SSL_CERT_FILE: "/etc/ssl/certs/ca-certificates.crt" },
    ...NONROOT_CONFIG,
  }),
  runtimes: [],
  contents: [],
  factsSource: STATIC,
  uncertain: [
    USER_ESTIMATE,
    { field: "tzdata", reason: "Not in image-facts.md; taken to match distroless static." },
  ],
};

const CHAINGUARD_PYTHON: BaseImage = {
  ...CHAINGUARD_STATIC,
  id: "cgr.dev/chainguard/python",
  title: "Chainguard Python (Wolfi, glibc): no shell, no pip",
  measuredTag: "cgr.dev/chainguard/python:latest",
  repositories: repositories("python"),
  size: estimate(mb(65), PYTHON, "From the python-fips listing; the non-FIPS image should be similar."),
  compressedSize: estimate(mb(24), PYTHON, "From the python-fips listing."),
  libc: { family: "glibc", version: null },
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, entrypoint: ["/usr/bin/python"], ...NONROOT_CONFIG }),
  runtimes: [
    {
      kind: "python",
      version: "3.13",
      minor: "3.13",
      binary: "/usr/bin/python",
      sitePackages: "/usr/lib/python3.13/site-packages",
      stdlib: "/usr/lib/python3.13",
      pip: false,
    },
  ],
  factsSource: PYTHON,
  uncertain: [
    USER_ESTIMATE,
    {
      field: "runtimes",
      reason: "The binary path is an estimate (§2) and the Python minor version is not in image-facts.md.",
    },
  ],
};

const CHAINGUARD_PYTHON_DEV: BaseImage = {
  ...CHAINGUARD_PYTHON,
  id: "cgr.dev/chainguard/python:latest-dev",
  title: "Chainguard Python -dev (Wolfi): adds a shell, apk and pip for builder stages",
  measuredTag: "cgr.dev/chainguard/python:latest-dev",
  tags: { ...CHAINGUARD_PYTHON.tags, variants: ["dev"] },
  size: estimate(mb(600), PYTHON, "From the python-fips -dev listing."),
  compressedSize: estimate(mb(232), PYTHON, "From the python-fips -dev listing."),
  shell: { binSh: true, kind: "busybox ash", bash: false },
  packageManager: "apk",
  runtimes: CHAINGUARD_PYTHON.runtimes.map((runtime) => ({ ...runtime, pip: true })),
  contents: [BUSYBOX_SH, APK],
};

const CHAINGUARD_NODE: BaseImage = {
  ...CHAINGUARD_STATIC,
  id: "cgr.dev/chainguard/node",
  title: "Chainguard Node.js (Wolfi, glibc + libstdc++): no shell",
  measuredTag: "cgr.dev/chainguard/node:latest",
  repositories: repositories("node"),
  size: estimate(mb(150), estimateIn("§1 cgr.dev/chainguard/node"), "Node binary + glibc + libstdc++."),
  compressedSize: estimate(mb(45), estimateIn("§1 cgr.dev/chainguard/node"), "Estimated."),
  libc: { family: "glibc", version: null },
  config: imageConfig({
    env: { PATH: DEFAULT_PATH },
    entrypoint: ["/usr/bin/node"],
    workdir: "/app",
    ...NONROOT_CONFIG,
  }),
  runtimes: [
    {
      kind: "node",
      version: "22",
      binary: "/usr/bin/node",
      npm: null,
      yarn: null,
      corepack: false,
      headers: false,
    },
  ],
  factsSource: estimateIn("§1 cgr.dev/chainguard/node"),
  uncertain: [
    USER_ESTIMATE,
    { field: "config", reason: "Entrypoint, WORKDIR and the Node version are not in image-facts.md." },
    {
      field: "runtimes",
      reason: "Whether npm ships in the non-dev image is not in image-facts.md; taken as absent.",
    },
  ],
};

export const CHAINGUARD_IMAGES: readonly BaseImage[] = [
  CHAINGUARD_STATIC,
  CHAINGUARD_PYTHON,
  CHAINGUARD_PYTHON_DEV,
  CHAINGUARD_NODE,
];
