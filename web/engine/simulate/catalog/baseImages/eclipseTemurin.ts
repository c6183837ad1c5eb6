import { mb } from "../units";
import { estimate, estimateIn, measured, repoInfo } from "../sources";
import type { BaseImage, ImageConfig, JavaRuntime } from "../types";
import { ALPINE_3_21, DEFAULT_PATH, imageConfig, UBUNTU_NOBLE } from "./osFacts";
import { APK, APT, BASH, BUSYBOX_SH, CURL_DEBIAN } from "./contents";

const JDK = repoInfo("repos/eclipse-temurin/local/21-jdk-noble.md", "2026-07");
const JRE = repoInfo("repos/eclipse-temurin/local/21-jre-noble.md", "2026-08");
const ALPINE = estimateIn("§1 eclipse-temurin:21-jre-alpine / 21-jdk-alpine");
const ALPINE_NOTE =
  "Alpine (8 MB) + musl-locales + the JRE (~175 MB, derived as 287.5 − 78 − ~35 MB of apt packages).";

export const JAVA_HOME = "/opt/java/openjdk";

export function temurin(distribution: "jdk" | "jre", version: string): JavaRuntime {
  return {
    kind: "java",
    version,
    binary: `${JAVA_HOME}/bin/java`,
    javaHome: JAVA_HOME,
    distribution,
    javac: distribution === "jdk",
    feature: Number(version.split(".")[0]),
  };
}

export function temurinEnv(javaVersion: string): Record<string, string> {
  return {
    PATH: `${JAVA_HOME}/bin:${DEFAULT_PATH}`,
    JAVA_HOME,
    LANG: "en_US.UTF-8",
    LANGUAGE: "en_US:en",
    LC_ALL: "en_US.UTF-8",
    JAVA_VERSION: javaVersion,
  };
}

function config(javaVersion: string, cmd: ImageConfig["cmd"]): ImageConfig {
  return imageConfig({ env: temurinEnv(javaVersion), entrypoint: ["/__cacert_entrypoint.sh"], cmd });
}

export const TEMURIN_21_JDK: BaseImage = {
  id: "eclipse-temurin:21-jdk-noble",
  family: "eclipse-temurin",
  title: "Eclipse Temurin 21 JDK on Ubuntu 24.04 (javac, jshell)",
  measuredTag: "eclipse-temurin:21.0.11_10-jdk-noble",
  repositories: [{ name: "eclipse-temurin" }],
  tags: {
    versions: ["21"],
    floating: ["latest"],
    variants: ["jdk", ""],
    releases: ["noble"],
    defaultDistro: true,
  },
  size: measured(mb(448.57), JDK),
  compressedSize: null,
  ...UBUNTU_NOBLE,
  caCertificates: true,
  tzdata: true,
  config: config("jdk-21.0.11+10", ["jshell"]),
  runtimes: [temurin("jdk", "21.0.11")],
  contents: [BASH, APT, CURL_DEBIAN],
  factsSource: JDK,
  uncertain: [],
};

const TEMURIN_21_JRE: BaseImage = {
  ...TEMURIN_21_JDK,
  id: "eclipse-temurin:21-jre-noble",
  title: "Eclipse Temurin 21 JRE on Ubuntu 24.04 (runs jars, no javac)",
  measuredTag: "eclipse-temurin:21.0.12_8-jre-noble",
  tags: { ...TEMURIN_21_JDK.tags, variants: ["jre"] },
  size: measured(mb(287.54), JRE),
  config: config("jdk-21.0.12+8", null),
  runtimes: [temurin("jre", "21.0.12")],
  factsSource: JRE,
};

function alpine(from: BaseImage, id: string, megabytes: number): BaseImage {
  return {
    ...from,
    id,
    title: from.title.replace("Ubuntu 24.04", "Alpine"),
    measuredTag: id,
    tags: { ...from.tags, releases: [], defaultDistro: false },
    size: estimate(mb(megabytes), ALPINE, ALPINE_NOTE),
    ...ALPINE_3_21,
    caCertificates: true,
    tzdata: true,
    contents: [BUSYBOX_SH, APK],
    uncertain: [
      {
        field: "tzdata",
        reason: "The Temurin Dockerfiles install tzdata; image-facts.md does not list the alpine variants.",
      },
    ],
  };
}

export const ECLIPSE_TEMURIN_IMAGES: readonly BaseImage[] = [
  TEMURIN_21_JDK,
  TEMURIN_21_JRE,
  alpine(TEMURIN_21_JRE, "eclipse-temurin:21-jre-alpine", 190),
  alpine(TEMURIN_21_JDK, "eclipse-temurin:21-jdk-alpine", 340),
];
