import { mb } from "../units";
import { measured, repoInfo } from "../sources";
import type { BaseImage } from "../types";
import { imageConfig } from "./osFacts";
import { TEMURIN_21_JDK, temurin, temurinEnv } from "./eclipseTemurin";

const SOURCE = repoInfo("repos/maven/local/3-eclipse-temurin-21-noble.md", "2026-08");

const MAVEN_39_TEMURIN_21: BaseImage = {
  ...TEMURIN_21_JDK,
  id: "maven:3.9-eclipse-temurin-21-noble",
  family: "maven",
  title: "Maven 3.9 on Eclipse Temurin 21 JDK (Ubuntu 24.04); the local repository is /root/.m2",
  measuredTag: "maven:3.9.16-eclipse-temurin-21-noble",
  repositories: [{ name: "maven" }],
  tags: {
    versions: ["3.9"],
    floating: ["3", "latest"],
    variants: ["eclipse-temurin-21"],
    releases: ["noble"],
    defaultDistro: true,
  },
  size: measured(mb(537.87), SOURCE),
  config: imageConfig({
    env: { ...temurinEnv("jdk-21.0.11+10"), MAVEN_HOME: "/usr/share/maven", MAVEN_CONFIG: "/root/.m2" },
    entrypoint: ["/usr/local/bin/mvn-entrypoint.sh"],
    cmd: ["mvn"],
  }),
  runtimes: [
    temurin("jdk", "21.0.11"),
    { kind: "maven", version: "3.9.16", binary: "/usr/share/maven/bin/mvn", home: "/usr/share/maven" },
  ],
  factsSource: SOURCE,
};

export const MAVEN_IMAGES: readonly BaseImage[] = [MAVEN_39_TEMURIN_21];
