// `java -jar app.jar`: the jar must be in the image, have a Main-Class, and need no newer Java than
// the runtime's (class file version = release + 44).
import type { Program } from "./checkCommand";
import type { Checked } from "./checkPython";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { missingAppHint } from "./appFile";
import { normalizePath } from "./paths";
import { code, failed, imageName, passed } from "./reason";

/** The jars directly inside `dir`, by name. */
function jarsIn(view: ImageView, dir: string): string[] {
  return view
    .withFact("jar")
    .filter(({ node }) => node.path.startsWith(`${dir}/`) && !node.path.slice(dir.length + 1).includes("/"))
    .map(({ node }) => node.path.slice(dir.length + 1));
}

/** 21 for "21.0.12", 8 for "1.8.0_392". */
function feature(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return major === 1 && minor !== undefined ? minor : (major ?? 0);
}

/**
 * The Java version the Dockerfile asked for, when the catalog stood in another one for it:
 * eclipse-temurin:17-jre resolves to the measured 21 JRE, but the image would run Java 17.
 */
function requestedVersion(view: ImageView, program: Program): string | null {
  const resolution = view.resolution;
  if (!resolution || program.lookup.node.origin.kind !== "base") return null;
  if (
    !resolution.reasons.some(
      (reason) => reason === "version-not-in-catalog" || reason === "approximate-repository",
    )
  ) {
    return null;
  }
  const named =
    /java(\d+)/.exec(resolution.reference.repository)?.[1] ??
    /^(\d+)/.exec(resolution.reference.tag ?? "")?.[1];
  return named ?? null;
}

export function checkJava(view: ImageView, launch: Launch, program: Program): Checked {
  const fact = program.lookup.node.facts.find((f) => f.kind === "interpreter" && f.language === "java");
  const version = requestedVersion(view, program) ?? (fact?.kind === "interpreter" ? fact.version : null);
  const who = version ? `Java ${version}` : code(program.word);
  const at = launch.words.indexOf("-jar");
  if (launch.partial || at < 0) {
    return { reasons: [passed("java", `${code(program.word)} is ${who}.`, program.line)], reads: [] };
  }
  const index = at + 1;
  const word = launch.words[index];
  const line = launch.lines[index] ?? program.line;
  if (word === undefined) {
    return {
      reasons: [
        failed("java", `${who} is started with ${code("-jar")} but no jar after it.`, {
          runtimeError: "Error: -jar requires jar file specification",
          line,
          fix: `Name the jar: ${code(`CMD ["app.jar"]`)} after an ENTRYPOINT ending in -jar, or ${code(`CMD ["java", "-jar", "/app/app.jar"]`)}.`,
        }),
      ],
      reads: [],
    };
  }
  const path = normalizePath(word, view.workdir);
  const jar = view.resolve(path);
  if (jar.found && jar.node.type === "dir") {
    const inside = jarsIn(view, jar.path);
    return {
      reasons: [
        failed(
          "java",
          `${who} is asked to run the jar ${word}, but ${jar.path} is a directory${inside.length > 0 ? ` holding ${inside.join(", ")}: a COPY destination that ends with / (or is an existing directory) puts the files inside it` : ""}.`,
          {
            runtimeError: `Error: Invalid or corrupt jarfile ${word}`,
            line: view.lineOf(jar.node) ?? line,
            fix: `Copy the one jar to a file name, without a trailing slash (${code("COPY --from=build /app/target/app.jar app.jar")}), or run the jar inside the directory.`,
          },
        ),
      ],
      reads: [],
    };
  }
  if (!jar.found) {
    const viaShell = view.stage.config.cmdShellForm && word === (view.stage.config.shell[0] ?? "/bin/sh");
    const hint = viaShell
      ? {
          message: `CMD is in shell form, so Docker turned it into ${code(`${word} -c "…"`)}, and the ENTRYPOINT ${code(launch.words.slice(0, index).join(" "))} takes ${word} as the jar.`,
          fix: `Write CMD in exec form with only the jar: ${code(`CMD ["/app/app.jar"]`)}.`,
        }
      : missingAppHint(view, launch, index, path);
    return {
      reasons: [
        failed(
          "java",
          `${who} is asked to run the jar ${word}, but ${path} is not in the image. ${hint.message}`,
          {
            runtimeError: `Error: Unable to access jarfile ${word}`,
            line,
            fix: hint.fix,
          },
        ),
      ],
      reads: [],
    };
  }
  const jarFact = jar.node.facts.find((f) => f.kind === "jar");
  const reasons = [];
  if (jarFact?.kind === "jar" && !jarFact.executable) {
    reasons.push(
      failed(
        "java",
        `${jar.path} has no Main-Class in its manifest, so ${code("java -jar")} does not know what to run.`,
        {
          runtimeError: `no main manifest attribute, in ${jar.path}`,
          line: view.lineOf(jar.node),
          fix: "Build an executable jar (Spring Boot's repackage goal, or maven-jar-plugin with a mainClass), or run a class with -cp.",
        },
      ),
    );
  }
  if (jarFact?.kind === "jar" && version !== null && jarFact.javaRelease > feature(version)) {
    reasons.push(
      failed(
        "java",
        `${jar.path} was compiled for Java ${jarFact.javaRelease}, but ${imageName(view)} runs ${who}, which cannot load newer class files.`,
        {
          runtimeError: `java.lang.UnsupportedClassVersionError: class file version ${jarFact.javaRelease + 44}.0, this version of the Java Runtime only recognizes class file versions up to ${feature(version) + 44}.0`,
          line: view.lineOf(jar.node),
          fix: `Run it on a Java ${jarFact.javaRelease} runtime or newer (e.g. ${code(`eclipse-temurin:${jarFact.javaRelease}-jre`)}), or compile with ${code(`--release ${feature(version)}`)}.`,
        },
      ),
    );
  }
  if (reasons.length === 0) {
    const built = jarFact?.kind === "jar" ? ` (built for Java ${jarFact.javaRelease})` : "";
    reasons.push(passed("java", `${who} runs ${jar.path}${built}.`, program.line));
  }
  return { reasons, reads: [jar.node] };
}
