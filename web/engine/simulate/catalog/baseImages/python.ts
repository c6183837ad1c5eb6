import { gb, mb } from "../units";
import { estimate, estimateIn, measured, repoInfo, web } from "../sources";
import type { BaseImage, PythonRuntime } from "../types";
import { ALPINE_3_21, ALPINE_3_23, DEBIAN_BOOKWORM, DEBIAN_TRIXIE, imageConfig } from "./osFacts";
import { APK, APT, BASH, BUILDPACK_DEPS, BUSYBOX_SH } from "./contents";

const FULL = repoInfo("repos/python/local/3.12-bookworm.md", "2026-08");
const SLIM = repoInfo("repos/python/local/3.12-slim-bookworm.md", "2026-08");
const FULL_TRIXIE = repoInfo("repos/python/local/3.12.md", "2026-08");
const SLIM_TRIXIE = repoInfo("repos/python/local/3.12-slim.md", "2026-07");
const ALPINE = repoInfo("repos/python/local/3.12-alpine3.23.md", "2026-08");
const REAL_KINETIC = web(
  "https://blog.realkinetic.com/building-minimal-docker-containers-for-python-applications-37d0272c52f3",
  "2018",
);

// The official images set PATH=/usr/local/bin:$PATH, which repeats /usr/local/bin.
const PYTHON_PATH = "/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

function python(version: string): PythonRuntime {
  const minor = version.split(".").slice(0, 2).join(".");
  return {
    kind: "python",
    version,
    minor,
    binary: "/usr/local/bin/python3",
    sitePackages: `/usr/local/lib/python${minor}/site-packages`,
    stdlib: `/usr/local/lib/python${minor}`,
    pip: true,
  };
}

function env(version: string): Record<string, string> {
  return {
    PATH: PYTHON_PATH,
    LANG: "C.UTF-8",
    GPG_KEY: "7169605F62C751356D054A26A821E680E5FA6305",
    PYTHON_VERSION: version,
  };
}

const PYTHON_312: BaseImage = {
  id: "python:3.12-bookworm",
  family: "python",
  title: "Python 3.12 on Debian 12, with buildpack-deps (gcc, make, git)",
  measuredTag: "python:3.12.14-bookworm",
  repositories: [{ name: "python" }],
  tags: {
    versions: ["3.12"],
    floating: ["3", "latest"],
    variants: [""],
    releases: ["bookworm"],
    defaultDistro: true,
  },
  size: measured(mb(1020), FULL),
  compressedSize: estimate(mb(370), estimateIn("§1 python:3.12"), "Debian C/U ratio 0.37."),
  ...DEBIAN_BOOKWORM,
  caCertificates: true,
  config: imageConfig({ env: env("3.12.14"), cmd: ["python3"] }),
  runtimes: [python("3.12.14")],
  contents: BUILDPACK_DEPS,
  factsSource: FULL,
  uncertain: [],
};

const PYTHON_312_SLIM: BaseImage = {
  ...PYTHON_312,
  id: "python:3.12-slim-bookworm",
  title: "Python 3.12 on Debian 12 slim (no compilers)",
  measuredTag: "python:3.12.13-slim-bookworm",
  tags: { ...PYTHON_312.tags, variants: ["slim"] },
  size: measured(mb(124.3), SLIM),
  compressedSize: measured(mb(45.4), repoInfo("repos/python/remote/3.12-slim-bookworm.md", "2026-08")),
  config: imageConfig({ env: env("3.12.13"), cmd: ["python3"] }),
  runtimes: [python("3.12.13")],
  contents: [BASH, APT],
  factsSource: SLIM,
};

// Since Debian 13, python:3.12 and python:3.12-slim without a suffix are the trixie images.
const PYTHON_312_TRIXIE: BaseImage = {
  ...PYTHON_312,
  id: "python:3.12-trixie",
  title: "Python 3.12 on Debian 13, with buildpack-deps (gcc, make, git)",
  measuredTag: "python:3.12.14-trixie",
  tags: { ...PYTHON_312.tags, releases: ["trixie"], defaultRelease: true },
  size: measured(gb(1.11), FULL_TRIXIE),
  compressedSize: null,
  ...DEBIAN_TRIXIE,
  caCertificates: true,
  factsSource: FULL_TRIXIE,
  uncertain: [
    {
      field: "tzdata",
      reason: "Debian 13 no longer installs tzdata; whether buildpack-deps pulls it back is not recorded.",
    },
  ],
};

const PYTHON_312_SLIM_TRIXIE: BaseImage = {
  ...PYTHON_312_SLIM,
  id: "python:3.12-slim-trixie",
  title: "Python 3.12 on Debian 13 slim (no compilers)",
  measuredTag: "python:3.12.13-slim-trixie",
  tags: { ...PYTHON_312_SLIM.tags, releases: ["trixie"], defaultRelease: true },
  size: measured(mb(119.2), SLIM_TRIXIE),
  compressedSize: null,
  ...DEBIAN_TRIXIE,
  caCertificates: true,
  tzdata: true,
  factsSource: SLIM_TRIXIE,
};

const PYTHON_312_ALPINE: BaseImage = {
  ...PYTHON_312,
  id: "python:3.12-alpine3.23",
  title: "Python 3.12 on Alpine 3.23 (musl: manylinux wheels do not install)",
  measuredTag: "python:3.12-alpine3.23",
  tags: { ...PYTHON_312.tags, releases: ["3.23"], defaultDistro: false },
  size: measured(mb(48.84), ALPINE),
  compressedSize: estimate(mb(17), estimateIn("§1 python:3.12-alpine"), "Alpine C/U ratio 0.35–0.47."),
  ...ALPINE_3_23,
  tzdata: true,
  config: imageConfig({ env: env("3.12"), cmd: ["python3"] }),
  runtimes: [python("3.12")],
  contents: [BUSYBOX_SH, APK],
  factsSource: ALPINE,
};

const PYTHON_37_ALPINE: BaseImage = {
  ...PYTHON_312_ALPINE,
  id: "python:3.7-alpine",
  title: "Python 3.7 on Alpine 3.7–3.9 (the 2018–19 python:alpine3.7 era)",
  measuredTag: "python:3.7-alpine",
  tags: {
    versions: ["3.7"],
    floating: [],
    measuredAs: ["alpine3.7", "alpine3.8", "alpine3.9", "alpine3.10"],
    variants: [""],
    releases: ["3.7", "3.8", "3.9", "3.10"],
    defaultDistro: false,
  },
  size: measured(mb(98.7), REAL_KINETIC, "A Flask app on it came to 139 MB."),
  compressedSize: null,
  ...ALPINE_3_21,
  os: { distro: "alpine", release: "3.7" },
  libc: { family: "musl", version: "1.1" },
  tzdata: false,
  config: imageConfig({
    env: { ...env("3.7"), GPG_KEY: "0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D" },
    cmd: ["python3"],
  }),
  runtimes: [python("3.7")],
  factsSource: REAL_KINETIC,
  uncertain: [
    {
      field: "libc.version",
      reason: "Alpine 3.7–3.9 shipped musl 1.1.18–1.1.20; only the major.minor is kept.",
    },
    {
      field: "tzdata",
      reason: "The 2018 python:alpine images are not in image-facts.md §2; assumed absent.",
    },
  ],
};

export const PYTHON_IMAGES: readonly BaseImage[] = [
  PYTHON_312_TRIXIE,
  PYTHON_312_SLIM_TRIXIE,
  PYTHON_312,
  PYTHON_312_SLIM,
  PYTHON_312_ALPINE,
  PYTHON_37_ALPINE,
];
