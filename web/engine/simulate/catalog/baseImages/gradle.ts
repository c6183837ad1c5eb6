import { mb } from "../units";
import { estimate, estimateIn } from "../sources";
import type { BaseImage } from "../types";
import { imageConfig, UBUNTU_NOBLE, withUsers } from "./osFacts";
import { TEMURIN_21_JDK, temurin, temurinEnv } from "./eclipseTemurin";
import { GIT_DEBIAN } from "./contents";

const SOURCE = estimateIn("§1 gradle:jdk21");

const GRADLE_JDK21: BaseImage = {
  ...TEMURIN_21_JDK,
  id: "gradle:jdk21",
  family: "gradle",
  title: "Gradle on Eclipse Temurin 21 JDK (Ubuntu 24.04)",
  measuredTag: "gradle:jdk21",
  repositories: [{ name: "gradle" }],
  tags: { versions: [], floating: ["latest"], variants: ["jdk21"], releases: ["noble"], defaultDistro: true },
  size: estimate(mb(650), SOURCE, "21-jdk (449) + Gradle distribution (~140) + git/unzip (~50)."),
  passwd: withUsers(
    UBUNTU_NOBLE.passwd.filter((entry) => entry.name !== "ubuntu"),
    { name: "gradle", uid: 1000, gid: 1000, home: "/home/gradle" },
  ),
  config: imageConfig({
    env: { ...temurinEnv("jdk-21"), GRADLE_HOME: "/opt/gradle" },
    entrypoint: ["/__cacert_entrypoint.sh"],
    cmd: ["gradle"],
    workdir: "/home/gradle",
  }),
  runtimes: [
    temurin("jdk", "21"),
    { kind: "gradle", version: "9", binary: "/usr/bin/gradle", home: "/opt/gradle" },
  ],
  contents: [...TEMURIN_21_JDK.contents, GIT_DEBIAN],
  factsSource: SOURCE,
  uncertain: [
    {
      field: "config",
      reason:
        "GRADLE_HOME, the gradle user (1000), WORKDIR and CMD come from the gradle image's Dockerfile, not from image-facts.md.",
    },
    { field: "runtimes", reason: "The Gradle version is not in image-facts.md." },
  ],
};

export const GRADLE_IMAGES: readonly BaseImage[] = [GRADLE_JDK21];
