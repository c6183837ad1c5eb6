import { estimateIn, measured } from "../sources";
import type { BaseImage } from "../types";
import { imageConfig, NO_OS } from "./osFacts";

const SOURCE = estimateIn("§1 (scratch: reserved empty image)");

/** `FROM scratch`: no files at all, so no libc, no shell, no passwd, no CA bundle. */
export const SCRATCH: BaseImage = {
  id: "scratch",
  family: "scratch",
  title: "scratch, the reserved empty image",
  measuredTag: "scratch",
  repositories: [{ name: "scratch" }],
  tags: {
    versions: [],
    floating: ["latest"],
    measuredAs: ["latest"],
    variants: [""],
    releases: [],
    defaultDistro: true,
  },
  size: measured(0, SOURCE, "Reserved empty image; it cannot be pulled."),
  compressedSize: measured(0, SOURCE, "Nothing to pull."),
  ...NO_OS,
  config: imageConfig({ env: {} }),
  runtimes: [],
  contents: [],
  factsSource: SOURCE,
  uncertain: [],
};
