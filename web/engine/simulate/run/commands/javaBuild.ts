// Maven and Gradle: a jar in target/ or build/libs/ (its class-file release decides which JRE runs
// it) and the dependency caches a single-stage image keeps (~/.m2, ~/.gradle).
import { JARS } from "../../catalog";
import type { JavaRuntime } from "../../catalog";
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok, unknownEffect } from "../runState";
import { at, fill, put } from "../writeNodes";
import { pomArtifact, readPom, userProperties } from "./pomModel";
import { missingProgram } from "./requireProgram";

const SPRING_BOOT = JARS.find((jar) => jar.name === "spring-boot-3-web");
/** A jar without Spring Boot's nested dependencies: EST ~50 kB of the project's own classes. */
const PLAIN_JAR_BYTES = 50_000;
/**
 * Not in image-facts.md, EST: a Spring Boot web build downloads ~100 MB of plugins and
 * dependencies into ~/.m2; Gradle also unpacks its ~130 MB distribution under ~/.gradle when run
 * through the wrapper (~150 MB in all).
 */
const M2_BYTES = 100_000_000;
const GRADLE_HOME_BYTES = 150_000_000;

function javaFeature(state: ShellState): number {
  const runtime = state.ctx.base?.runtimes.find((candidate) => candidate.kind === "java");
  return (runtime as JavaRuntime | undefined)?.feature ?? 17;
}

function jarFacts(state: ShellState, text: string, springBoot: boolean) {
  const release =
    Number(
      /<(?:java\.version|maven\.compiler\.release|maven\.compiler\.target|release)>\s*(\d+)/.exec(
        text,
      )?.[1] ?? "",
    ) ||
    Number(
      /(?:languageVersion\s*=\s*JavaLanguageVersion\.of\(|sourceCompatibility\s*=\s*['"]?(?:JavaVersion\.VERSION_)?)(\d+)/.exec(
        text,
      )?.[1] ?? "",
    ) ||
    (springBoot ? Math.max(SPRING_BOOT?.javaFeature ?? 17, 0) : javaFeature(state));
  return {
    kind: "jar" as const,
    javaRelease: release,
    executable: springBoot || /<mainClass>|Main-Class/.test(text),
  };
}

function maven(call: Invocation): Outcome {
  const { state } = call;
  const missing = missingProgram(
    call,
    ["maven"],
    "Build in a maven image (or commit the Maven wrapper, mvnw and .mvn/, and COPY it in).",
  );
  if (missing) return missing;
  const goals = call.args.filter((arg) => !arg.startsWith("-"));
  const pom = state.fs.readText(at(state, "pom.xml"));
  if (pom === undefined && !state.fs.mayExist(at(state, "pom.xml"))) {
    return {
      status: 1,
      note: "no pom.xml here",
      error: `[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (${state.cwd}).`,
      missing: at(state, "pom.xml"),
    };
  }
  const text = pom ?? "";
  const home = call.env.HOME ?? state.owner.home;
  fill(state, `${home === "/" ? "/root" : home}/.m2/repository`, M2_BYTES, {
    estimated: true,
    facts: [{ kind: "cache", tool: "maven" }],
  });
  const packaging = goals.some((goal) =>
    ["package", "install", "verify", "deploy", "spring-boot:repackage"].includes(goal),
  );
  // A plugin goal (assembly:single, shade:shade, jib:build …) makes what its pom.xml configures:
  // often a jar under target/ whose name Stageplay cannot tell.
  const pluginGoals = goals.filter(
    (goal) => goal.includes(":") && goal !== "spring-boot:repackage" && !goal.startsWith("dependency:"),
  );
  if (!packaging) {
    const timing = { durationMs: DURATION.maven / 2, durationNote: `mvn ${goals.join(" ")}` };
    return pluginGoals.length > 0
      ? unknownEffect(
          `${pluginGoals.join(", ")} makes what the pom.xml configures, which Stageplay does not model`,
          timing,
        )
      : ok(`downloaded dependencies into ~/.m2 (size estimated)`, timing);
  }
  const springBoot = /spring-boot/.test(text) || pom === undefined;
  const artifact = pomArtifact(readPom(text), basename(state.cwd), userProperties(call.args), call.env);
  const timing = { durationMs: DURATION.maven, durationNote: "mvn package" };
  if (artifact.kind === "none")
    return artifact.modules
      ? unknownEffect(
          "packaging pom: each module is built in its own target/, which Stageplay does not model",
          timing,
        )
      : ok("packaging pom: no jar to build", timing);
  if (artifact.kind === "unknown") return unknownEffect(artifact.reason, timing);
  const path = at(state, artifact.path);
  const size = springBoot ? SPRING_BOOT?.size : undefined;
  put(state, path, {
    sizeBytes: size?.bytes ?? PLAIN_JAR_BYTES,
    estimated: true,
    facts: [jarFacts(state, text, springBoot)],
  });
  put(state, at(state, "target/classes"), { type: "dir", bulk: true, sizeBytes: 100_000, estimated: true });
  const built = `built ${path}${springBoot ? " (a Spring Boot fat jar, ~20 MB estimated)" : ""}; dependencies stay in ~/.m2`;
  if (pluginGoals.length > 0)
    return unknownEffect(`${built}; what ${pluginGoals.join(", ")} makes is not modelled`, timing);
  return ok(built, { partial: pom === undefined, ...timing });
}

function gradle(call: Invocation): Outcome {
  const { state } = call;
  const missing = missingProgram(
    call,
    ["gradle"],
    "Build in a gradle image (or COPY the wrapper, gradlew and gradle/, into the image).",
  );
  if (missing) return missing;
  const tasks = call.args.filter((arg) => !arg.startsWith("-"));
  const script =
    state.fs.readText(at(state, "build.gradle")) ?? state.fs.readText(at(state, "build.gradle.kts"));
  const exists =
    script !== undefined ||
    ["build.gradle", "build.gradle.kts"].some((file) => state.fs.mayExist(at(state, file)));
  if (!exists) {
    return {
      status: 1,
      note: "no build.gradle here",
      error: `FAILURE: Build failed with an exception. Directory '${state.cwd}' does not contain a Gradle build.`,
      missing: at(state, "build.gradle"),
    };
  }
  const text = script ?? "";
  const home = call.env.GRADLE_USER_HOME || `${call.env.HOME ?? state.owner.home}/.gradle`;
  fill(state, home, GRADLE_HOME_BYTES, { estimated: true, facts: [{ kind: "cache", tool: "gradle" }] });
  const building = tasks.some((task) => BUILDING_TASKS.has(task));
  // A task of the project's own (downloadRepos, generateProto …) may write anything.
  const own = tasks.filter((task) => !BUILDING_TASKS.has(task) && !QUIET_TASKS.has(task.replace(/^:/, "")));
  if (!building) {
    const done = `downloaded dependencies into ~/.gradle (size estimated)`;
    const outcome = { durationMs: DURATION.gradle / 2, durationNote: `gradle ${tasks.join(" ")}` };
    return own.length > 0
      ? unknownEffect(
          `${done}; the task ${own.join(", ")} is the project's own, whose effect Stageplay does not know`,
          outcome,
        )
      : ok(done, outcome);
  }
  const settings =
    state.fs.readText(at(state, "settings.gradle")) ??
    state.fs.readText(at(state, "settings.gradle.kts")) ??
    "";
  const name = /rootProject\.name\s*=\s*['"]([^'"]+)['"]/.exec(settings)?.[1] ?? basename(state.cwd);
  const version = /^\s*version\s*=\s*['"]([^'"]+)['"]/m.exec(text)?.[1];
  const springBoot = /org\.springframework\.boot/.test(text) || script === undefined;
  const file = `${name}${version ? `-${version}` : ""}`;
  const path = at(state, `build/libs/${file}.jar`);
  put(state, path, {
    sizeBytes: springBoot ? (SPRING_BOOT?.size.bytes ?? 20_000_000) : PLAIN_JAR_BYTES,
    estimated: true,
    facts: [jarFacts(state, text, springBoot)],
  });
  if (springBoot)
    put(state, at(state, `build/libs/${file}-plain.jar`), {
      sizeBytes: PLAIN_JAR_BYTES,
      estimated: true,
      facts: [{ kind: "jar", javaRelease: jarFacts(state, text, false).javaRelease, executable: false }],
    });
  const result = `built ${path}; Gradle's caches stay in ${home}`;
  const timing = { durationMs: DURATION.gradle, durationNote: "gradle build" };
  // installDist lays out build/install/<name>/bin and lib, named by the application plugin's
  // settings, and a project's own task may write anything: what they make is unknown.
  if (tasks.includes("installDist") || own.length > 0)
    return unknownEffect(
      `${result}; what ${[...(tasks.includes("installDist") ? ["installDist"] : []), ...own].join(", ")} makes under build/ is not modelled`,
      timing,
    );
  return ok(result, { partial: script === undefined, ...timing });
}

/** Tasks that build the project's jar, which Stageplay models. */
const BUILDING_TASKS: ReadonlySet<string> = new Set([
  "build",
  "assemble",
  "bootJar",
  "jar",
  "shadowJar",
  "installDist",
]);
/** Tasks that build nothing in the image Stageplay needs to know about. */
const QUIET_TASKS: ReadonlySet<string> = new Set([
  "dependencies",
  "clean",
  "test",
  "check",
  "help",
  "tasks",
  "--version",
  "-v",
  "wrapper",
]);

export const JAVA_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  mvn: maven,
  mvnw: maven,
  gradle,
  gradlew: gradle,
};
