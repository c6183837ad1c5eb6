import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { DEFAULT_PATH, imageConfig, UBUNTU_JAMMY, UBUNTU_NOBLE } from "./osFacts";

const JAMMY_SOURCE = repoInfo("repos/ubuntu/local/22.04.md", "2026-07");
const NOBLE_SOURCE = repoInfo("repos/ubuntu/local/24.04.md", "2026-08");
const TZDATA_ESTIMATE = { field: "tzdata", reason: "image-facts.md §2: absent (estimate; widely reported)." };

const JAMMY: BaseImage = {
  id: "ubuntu:22.04",
  family: "ubuntu",
  title: "Ubuntu 22.04 LTS (jammy)",
  measuredTag: "ubuntu:22.04",
  repositories: [{ name: "ubuntu" }],
  tags: {
    versions: ["22.04"],
    floating: [],
    measuredAs: ["jammy"],
    variants: [""],
    releases: ["jammy"],
    defaultDistro: true,
  },
  size: measured(mb(78.08), JAMMY_SOURCE),
  compressedSize: estimate(mb(29), estimateIn("§1 ubuntu:22.04"), "Debian-like C/U ratio."),
  ...UBUNTU_JAMMY,
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, cmd: ["/bin/bash"] }),
  runtimes: [],
  contents: [
    { name: "bash", path: "/bin/bash", kind: "shell" },
    { name: "apt", path: "/usr/bin/apt-get", kind: "package-manager" },
  ],
  factsSource: JAMMY_SOURCE,
  uncertain: [TZDATA_ESTIMATE],
};

const NOBLE: BaseImage = {
  ...JAMMY,
  id: "ubuntu:24.04",
  title: "Ubuntu 24.04 LTS (noble)",
  measuredTag: "ubuntu:24.04",
  tags: {
    ...JAMMY.tags,
    versions: ["24.04"],
    floating: ["latest", "rolling"],
    measuredAs: ["noble"],
    releases: ["noble"],
  },
  size: measured(mb(78.16), NOBLE_SOURCE),
  compressedSize: estimate(mb(30), estimateIn("§1 ubuntu:24.04"), "Debian-like C/U ratio."),
  ...UBUNTU_NOBLE,
  factsSource: NOBLE_SOURCE,
};

export const UBUNTU_IMAGES: readonly BaseImage[] = [JAMMY, NOBLE];
