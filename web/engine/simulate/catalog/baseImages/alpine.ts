import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { ALPINE_3_21, DEFAULT_PATH, imageConfig } from "./osFacts";

const LOCAL = repoInfo("repos/alpine/local/3.21.8.md", "2026-09");

const ALPINE_321: BaseImage = {
  id: "alpine:3.21",
  family: "alpine",
  title: "Alpine Linux 3.21 (musl, busybox, apk)",
  measuredTag: "alpine:3.21.8",
  repositories: [{ name: "alpine" }],
  tags: { versions: ["3.21"], floating: ["3", "latest"], variants: [""], releases: [], defaultDistro: true },
  size: measured(mb(7.8), LOCAL),
  compressedSize: measured(mb(3.63), repoInfo("repos/alpine/remote/3.21.md", "2026-09")),
  ...ALPINE_3_21,
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, cmd: ["/bin/sh"] }),
  runtimes: [],
  contents: [
    { name: "busybox", path: "/bin/busybox", kind: "shell" },
    { name: "apk", path: "/sbin/apk", kind: "package-manager" },
    { name: "wget (busybox)", path: "/usr/bin/wget", kind: "network-tool" },
  ],
  factsSource: LOCAL,
  uncertain: [],
};

const ALPINE_320: BaseImage = {
  ...ALPINE_321,
  id: "alpine:3.2x",
  title: "Alpine Linux 3.20, 3.22 or 3.23 (not measured; laid out like 3.21)",
  measuredTag: "alpine:3.20",
  tags: { ...ALPINE_321.tags, versions: ["3.20", "3.22", "3.23"], floating: [] },
  size: estimate(mb(7.8), estimateIn("§1 alpine:3.20"), "Same minirootfs layout as 3.21; not measured."),
  compressedSize: estimate(mb(3.6), estimateIn("§1 alpine:3.20"), "Same minirootfs layout as 3.21."),
};

export const ALPINE_IMAGES: readonly BaseImage[] = [ALPINE_321, ALPINE_320];
