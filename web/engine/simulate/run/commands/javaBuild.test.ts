import { describe, expect, it } from "vitest";
import { changed, factOf, run } from "../testing/runFixture";

const MAVEN = "maven:3.9-eclipse-temurin-21-noble";
const pomFile = (inner: string) => ({
  path: "/src/pom.xml",
  content: `<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>${inner}</project>`,
});

describe("mvn package", () => {
  it("writes target/<finalName>.jar when <build> names it", () => {
    const effect = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [
        pomFile(
          "<artifactId>hello</artifactId><version>1.0</version><build><finalName>hello</finalName></build>",
        ),
      ],
    });
    expect(changed(effect, "/src/target/hello.jar")).toBeDefined();
    expect(changed(effect, "/src/target/hello-1.0.jar")).toBeUndefined();
  });

  it("resolves ${project.artifactId} in <finalName>", () => {
    const effect = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [
        pomFile(
          "<artifactId>hello</artifactId><version>1.0</version><build><finalName>${project.artifactId}</finalName></build>",
        ),
      ],
    });
    expect(changed(effect, "/src/target/hello.jar")).toBeDefined();
  });

  it("names the main jar by the project, not by a plugin's <finalName>", () => {
    const effect = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [
        pomFile(
          "<artifactId>hello</artifactId><version>1.0</version><build><plugins><plugin><artifactId>maven-assembly-plugin</artifactId><configuration><finalName>bundle</finalName></configuration></plugin></plugins></build>",
        ),
      ],
    });
    expect(changed(effect, "/src/target/hello-1.0.jar")).toBeDefined();
    expect(changed(effect, "/src/target/bundle.jar")).toBeUndefined();
  });

  it("packages a war as target/<artifactId>-<version>.war, not executable without a mainClass", () => {
    const effect = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [pomFile("<artifactId>shop</artifactId><version>1</version><packaging>war</packaging>")],
    });
    expect(changed(effect, "/src/target/shop-1.war")).toBeDefined();
    expect(changed(effect, "/src/target/shop-1.jar")).toBeUndefined();
    expect(factOf(changed(effect, "/src/target/shop-1.war"), "jar")?.executable).toBe(false);
  });

  it("builds nothing for packaging pom, and cannot tell what an aggregator's modules make", () => {
    const alone = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [pomFile("<artifactId>p</artifactId><packaging>pom</packaging>")],
    });
    expect(
      alone.changes.some((change) => change.op !== "delete" && change.node.path.startsWith("/src/target")),
    ).toBe(false);
    expect(alone.unknownWrites).toBeFalsy();
    const aggregator = run("mvn -B package", {
      base: MAVEN,
      workdir: "/src",
      files: [
        pomFile(
          "<artifactId>p</artifactId><packaging>pom</packaging><modules><module>api</module></modules>",
        ),
      ],
    });
    expect(aggregator.unknownWrites).toBe(true);
  });
});
