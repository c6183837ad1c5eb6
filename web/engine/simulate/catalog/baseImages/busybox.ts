import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { BUSYBOX, DEFAULT_PATH, imageConfig } from "./osFacts";

const LATEST = repoInfo("repos/busybox/local/latest.md", "2026-05");

const BUSYBOX_GLIBC: BaseImage = {
  id: "busybox:1.38-glibc",
  family: "busybox",
  title: "BusyBox 1.38 (glibc variant, what latest points at)",
  measuredTag: "busybox:1.38.0",
  repositories: [{ name: "busybox" }],
  tags: {
    versions: ["1.38"],
    floating: ["1", "latest", "stable"],
    measuredAs: ["latest"],
    variants: ["", "glibc"],
    releases: [],
    defaultDistro: true,
  },
  size: measured(mb(4.45), LATEST),
  compressedSize: estimate(mb(2.2), estimateIn("§1 busybox"), "About half of U, as for Alpine."),
  ...BUSYBOX,
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, cmd: ["sh"] }),
  runtimes: [],
  contents: [{ name: "busybox", path: "/bin/busybox", kind: "shell" }],
  factsSource: LATEST,
  uncertain: [
    {
      field: "libc",
      reason:
        "image-facts.md lists :glibc/:musl/:uclibc variants without saying which is latest; 4.45 MB matches the glibc variant (the others are ~1–1.5 MB), so latest is taken as glibc.",
    },
    { field: "tzdata", reason: "image-facts.md §2 marks tzdata absent as an estimate." },
  ],
};

const BUSYBOX_STATIC: BaseImage = {
  ...BUSYBOX_GLIBC,
  id: "busybox:1.38-musl",
  title: "BusyBox 1.38 (musl or uclibc variant: one static binary, no shared libc)",
  measuredTag: "busybox:1.38.0-musl",
  tags: { ...BUSYBOX_GLIBC.tags, measuredAs: [], variants: ["musl", "uclibc"] },
  size: estimate(
    mb(1.5),
    estimateIn("§1 busybox"),
    "The musl and uclibc variants hold one static busybox binary (~1–1.5 MB); not measured.",
  ),
  compressedSize: null,
  libc: { family: "none", version: null },
};

export const BUSYBOX_IMAGES: readonly BaseImage[] = [BUSYBOX_GLIBC, BUSYBOX_STATIC];
