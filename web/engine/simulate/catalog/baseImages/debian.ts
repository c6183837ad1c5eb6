import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { DEBIAN_BOOKWORM, DEFAULT_PATH, imageConfig } from "./osFacts";

const FULL = repoInfo("repos/debian/local/bookworm.md", "2026-07");
const SLIM = repoInfo("repos/debian/local/bookworm-slim.md", "2026-09");

const BOOKWORM: BaseImage = {
  id: "debian:bookworm",
  family: "debian",
  title: "Debian 12 (bookworm)",
  measuredTag: "debian:bookworm",
  repositories: [{ name: "debian" }],
  tags: {
    versions: ["12"],
    floating: ["latest", "stable", "oldstable"],
    measuredAs: ["oldstable", "bookworm"],
    variants: [""],
    releases: ["bookworm"],
    defaultDistro: true,
  },
  size: measured(mb(116.57), FULL),
  compressedSize: estimate(mb(48), estimateIn("§1 debian:bookworm"), "Debian C/U ratio 0.37–0.40."),
  ...DEBIAN_BOOKWORM,
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, cmd: ["bash"] }),
  runtimes: [],
  contents: [
    { name: "bash", path: "/bin/bash", kind: "shell" },
    { name: "apt", path: "/usr/bin/apt-get", kind: "package-manager" },
  ],
  factsSource: FULL,
  uncertain: [],
};

const BOOKWORM_SLIM: BaseImage = {
  ...BOOKWORM,
  id: "debian:bookworm-slim",
  title: "Debian 12 (bookworm) slim: no docs, man pages or locales",
  measuredTag: "debian:bookworm-slim",
  tags: { ...BOOKWORM.tags, variants: ["slim"] },
  size: measured(mb(74.83), SLIM),
  compressedSize: measured(
    mb(28.2),
    repoInfo("repos/python/remote/3.12-slim-bookworm.md", "2026-09"),
    "Layer 1 of python:3.12-slim-bookworm.",
  ),
  factsSource: SLIM,
};

export const DEBIAN_IMAGES: readonly BaseImage[] = [BOOKWORM, BOOKWORM_SLIM];
