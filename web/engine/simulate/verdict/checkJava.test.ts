import { describe, expect, it } from "vitest";
import { facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const jar = (release = 21) =>
  file("/app/app.jar", { facts: [facts.jar(release)], from: { stage: 0, path: "/build/target/app.jar" } });

describe("java -jar", () => {
  it("runs a jar on a JRE of its Java version, through temurin's entrypoint script", () => {
    const stage = fromImage("eclipse-temurin:21-jre", 1)
      .copy(3, jar())
      .cmd(["java", "-jar", "/app/app.jar"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.reasons.map((r) => r.message).join(" ")).toContain("built for Java 21");
  });

  it("says an image without Java cannot run it", () => {
    const stage = fromImage("debian:bookworm-slim", 1)
      .copy(3, jar())
      .cmd(["java", "-jar", "/app/app.jar"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "java",
      line: 4,
      runtimeError: 'exec: "java": executable file not found in $PATH',
    });
    expect(reason.fix).toContain("eclipse-temurin:21-jre");
  });

  it("says a jar built for a newer Java does not load", () => {
    const stage = fromImage("eclipse-temurin:21-jre", 1)
      .copy(3, jar(25))
      .cmd(["java", "-jar", "/app/app.jar"], 4)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "java",
      line: 3,
      runtimeError: expect.stringContaining("class file version 69.0"),
    });
  });

  it("says a missing jar cannot be accessed", () => {
    const stage = fromImage("eclipse-temurin:21-jre", 1)
      .workdir("/app")
      .cmd(["java", "-jar", "app.jar"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("Error: Unable to access jarfile app.jar");
  });

  it('runs CMD ["app.jar"] after distroless java\'s ENTRYPOINT java -jar', () => {
    const stage = fromImage("gcr.io/distroless/java21-debian12", 1)
      .workdir("/app")
      .copy(3, jar())
      .cmd(["app.jar"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("explains distroless java's jarfile /bin/sh after a shell-form CMD", () => {
    const stage = fromImage("gcr.io/distroless/java21-debian12", 1)
      .workdir("/app")
      .copy(3, jar())
      .cmd(["java -jar app.jar"], 4, true)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason.runtimeError).toBe("Error: Unable to access jarfile /bin/sh");
    expect(reason.message).toContain("shell form");
  });
});

describe("a jar path that is a directory", () => {
  it("says a destination ending with / (or an existing directory) put the jars inside it", () => {
    const stage = fromImage("eclipse-temurin:21-jre", 1)
      .copy(
        3,
        { ...file("/app.jar"), type: "dir" },
        file("/app.jar/demo.jar", { facts: [facts.jar(21)] }),
        file("/app.jar/demo-plain.jar", { facts: [facts.jar(21, false)] }),
      )
      .entrypoint(["java", "-jar", "/app.jar"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "java",
      line: 3,
      runtimeError: "Error: Invalid or corrupt jarfile /app.jar",
    });
    expect(reason.message).toContain("demo.jar");
    expect(reason.message).toContain("a COPY destination that ends with /");
    expect(reason.message).not.toContain("matched more than one jar");
  });
});

describe("a Java version the catalog did not measure", () => {
  it("is the one the tag asks for: a Java 21 jar does not load on eclipse-temurin:17-jre", () => {
    const stage = fromImage("eclipse-temurin:17-jre", 1)
      .copy(3, jar(21))
      .cmd(["java", "-jar", "/app/app.jar"], 4)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "java",
      runtimeError: expect.stringContaining("only recognizes class file versions up to 61.0"),
    });
  });

  it("runs a Java 17 jar there", () => {
    const stage = fromImage("eclipse-temurin:17-jre", 1)
      .copy(3, jar(17))
      .cmd(["java", "-jar", "/app/app.jar"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });
});

describe("the build tool's own image", () => {
  it("finds mvn on PATH through the /usr/bin link the maven image makes", () => {
    const stage = fromImage("maven:3.9-eclipse-temurin-21")
      .workdir("/app")
      .cmd(["mvn", "--version"], 3)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });
});
