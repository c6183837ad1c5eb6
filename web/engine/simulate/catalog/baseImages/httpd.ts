import { mb } from "../units";
import { measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { DEBIAN_TRIXIE, DEFAULT_PATH, imageConfig } from "./osFacts";
import { APT, BASH } from "./contents";

const LATEST = repoInfo("repos/httpd/local/latest.md", "2026-08");
const PREFIX = "/usr/local/apache2";

const HTTPD_24: BaseImage = {
  id: "httpd:2.4-trixie",
  family: "httpd",
  title: "Apache httpd 2.4 on Debian 13",
  measuredTag: "httpd:2.4.68",
  repositories: [{ name: "httpd" }],
  tags: {
    versions: ["2.4"],
    floating: ["2", "latest"],
    measuredAs: ["latest"],
    variants: [""],
    releases: ["trixie"],
    defaultDistro: true,
  },
  size: measured(mb(116.84), LATEST),
  compressedSize: null,
  ...DEBIAN_TRIXIE,
  caCertificates: true,
  config: imageConfig({
    env: { PATH: `${PREFIX}/bin:${DEFAULT_PATH}`, HTTPD_PREFIX: PREFIX, HTTPD_VERSION: "2.4.68" },
    workdir: PREFIX,
    cmd: ["httpd-foreground"],
    exposedPorts: ["80/tcp"],
    stopSignal: "SIGWINCH",
  }),
  runtimes: [
    { kind: "httpd", version: "2.4.68", binary: `${PREFIX}/bin/httpd`, documentRoot: `${PREFIX}/htdocs` },
  ],
  contents: [BASH, APT],
  factsSource: LATEST,
  uncertain: [
    {
      field: "tzdata",
      reason: "image-facts.md §2 leaves tzdata open for httpd; Debian 13 no longer installs it by default.",
    },
  ],
};

export const HTTPD_IMAGES: readonly BaseImage[] = [HTTPD_24];
