import { mb } from "../units";
import { measured, web } from "../sources";
import type { BaseImage, RepositoryName } from "../types";
import { DEFAULT_PATH, imageConfig, UBI9 } from "./osFacts";
import { BASH } from "./contents";

const MICRO = web("https://atgreen.github.io/repl-yell/posts/ubi-micro-dev", "2026");
const MINIMAL = web("Red Hat documentation: Understanding the UBI minimal images");

function repositories(name: string): RepositoryName[] {
  return [
    { name: `registry.access.redhat.com/ubi9/${name}` },
    { name: `registry.redhat.io/ubi9/${name}` },
    { name: `registry.access.redhat.com/ubi9-${name.replace("ubi-", "")}` },
    { name: `redhat/ubi9-${name.replace("ubi-", "")}` },
  ];
}

const UNCERTAIN = [
  { field: "caCertificates", reason: "image-facts.md §2 marks the CA bundle as an estimate." },
  { field: "config.cmd", reason: "The default CMD is not in image-facts.md." },
];

const UBI9_MICRO: BaseImage = {
  id: "ubi9/ubi-micro",
  family: "ubi",
  title: "Red Hat UBI 9 micro: glibc and bash, no package manager",
  measuredTag: "registry.access.redhat.com/ubi9/ubi-micro:latest",
  repositories: repositories("ubi-micro"),
  tags: {
    versions: ["9"],
    floating: ["latest"],
    measuredAs: ["latest"],
    variants: [""],
    releases: [],
    defaultDistro: true,
  },
  size: measured(mb(25), MICRO, "About 25 MB."),
  compressedSize: null,
  ...UBI9,
  config: imageConfig({ env: { PATH: DEFAULT_PATH }, cmd: ["/bin/bash"] }),
  runtimes: [],
  contents: [BASH],
  factsSource: MICRO,
  uncertain: UNCERTAIN,
};

const UBI9_MINIMAL: BaseImage = {
  ...UBI9_MICRO,
  id: "ubi9/ubi-minimal",
  title: "Red Hat UBI 9 minimal: microdnf for installing packages",
  measuredTag: "registry.access.redhat.com/ubi9/ubi-minimal:latest",
  repositories: repositories("ubi-minimal"),
  size: measured(mb(92), MINIMAL, "About 92 MB."),
  compressedSize: measured(mb(32), MINIMAL),
  packageManager: "microdnf",
  contents: [BASH, { name: "microdnf", path: "/usr/bin/microdnf", kind: "package-manager" }],
  factsSource: MINIMAL,
};

export const UBI_IMAGES: readonly BaseImage[] = [UBI9_MICRO, UBI9_MINIMAL];
