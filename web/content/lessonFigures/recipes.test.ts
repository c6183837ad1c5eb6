// The recipes lesson's Dockerfiles and sizes, checked against the engine with the lesson's own build
// context: every recipe the text shows builds without errors and starts, and every size it states
// is the one the Image tab shows.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, formatSize } from "../../engine";

const folder = resolve(__dirname, "../../../lessons/recipes");
const read = (name: string) => readFileSync(join(folder, name), "utf8");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const contextDir = join(folder, "context");
const context = filesUnder(contextDir).map((path) => ({
  path: relative(contextDir, path),
  content: readFileSync(path, "utf8"),
  sizeBytes: statSync(path).size,
}));
const text = read("text.md");
const starter = read("starter.Dockerfile");
const solution = read("solution.Dockerfile");

/** The complete Dockerfiles in the text: fenced `dockerfile` blocks that start with FROM and have two stages or more. */
const recipes = [...text.matchAll(/```dockerfile\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((block) => block.startsWith("FROM ") && block.match(/^FROM /gm)!.length > 1);

const imageOf = (source: string) => {
  const image = analyze(source, { context }).simulation.image;
  if (!image) throw new Error(`no image for ${source.split("\n")[0]}`);
  return image;
};
const baseSize = (reference: string) => formatSize(imageOf(`FROM ${reference}\n`).sizeBytes);

describe("the recipes lesson's Dockerfiles", () => {
  it("shows five recipes, the Java one being the solution", () => {
    expect(recipes).toHaveLength(5);
    expect(recipes).toContain(solution);
  });

  it.each(recipes.map((recipe) => [recipe.match(/^FROM .*/gm)!.join(" → "), recipe]))(
    "builds without errors and starts: %s",
    (_, recipe) => {
      const analysis = analyze(recipe, { context });
      expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(analysis.simulation.image?.verdict.runs).toBe(true);
    },
  );

  it("fails to start the Go recipe without CGO_ENABLED=0, with the error the text quotes", () => {
    const go = recipes.find((recipe) => recipe.includes("CGO_ENABLED=0 "))!;
    const verdict = imageOf(go.replace("CGO_ENABLED=0 ", "")).verdict;
    expect(verdict.runs).toBe(false);
    expect(JSON.stringify(verdict)).toContain("exec /server: no such file or directory");
    expect(text).toContain("exec /server: no such file or directory");
  });

  it("stops the Rust recipe on the Debian image, as the text says", () => {
    const rust = recipes.find((recipe) => recipe.startsWith("FROM rust:1.98-alpine"))!;
    const verdict = imageOf(rust.replace("rust:1.98-alpine", "rust:1.98")).verdict;
    expect(verdict.runs).toBe(false);
    expect(JSON.stringify(verdict)).toContain("exec /hello: no such file or directory");
  });

  it("starts the Rust recipe built on the Debian image for the musl target", () => {
    const rust = recipes.find((recipe) => recipe.startsWith("FROM rust:1.98-alpine"))!;
    const musl = "x86_64-unknown-linux-musl";
    expect(text).toContain(
      `RUN rustup target add ${musl}\nRUN cargo build --release --locked --target ${musl}`,
    );
    const onDebian = rust
      .replace("FROM rust:1.98-alpine AS build", `FROM rust:1.98 AS build\nRUN rustup target add ${musl}`)
      .replace("cargo build --release --locked", `cargo build --release --locked --target ${musl}`)
      .replace("/src/target/release/hello", `/src/target/${musl}/release/hello`);
    expect(imageOf(onDebian).verdict.runs).toBe(true);
  });

  it("stops on a jar name Maven did not write, and on a Java 17 runtime", () => {
    const wrongName = analyze(solution.replace("target/hello.jar", "target/hello-1.0.0.jar"), { context });
    expect(wrongName.diagnostics.map((d) => d.message).join("\n")).toContain(
      '"/app/target/hello-1.0.0.jar": not found',
    );
    expect(imageOf(solution.replace("21-jre", "17-jre")).verdict.runs).toBe(false);
  });
});

describe("the recipes lesson's figures", () => {
  it("the starter is 638MB, about 100MB of it ~/.m2", () => {
    const image = imageOf(starter);
    expect(formatSize(image.sizeBytes)).toBe("638MB");
    expect(formatSize(image.estimatedBytes)).toBe("100MB");
    expect(text).toContain("The Image tab puts it at **638MB**");
    expect(text).toContain("about\n  100MB here");
  });

  it("the Java solution is 288MB", () => {
    expect(formatSize(imageOf(solution).sizeBytes)).toBe("288MB");
    expect(text).toContain("tab shows **288MB**");
  });

  it("states the Maven, JDK and JRE images' sizes", () => {
    expect(baseSize("maven:3.9-eclipse-temurin-21")).toBe("538MB");
    expect(text).toContain("`maven:3.9-eclipse-temurin-21` is **538MB**");
    expect(baseSize("eclipse-temurin:21-jdk")).toBe("449MB");
    expect(baseSize("eclipse-temurin:21-jre")).toBe("288MB");
    expect(text).toContain("`eclipse-temurin:21-jdk`,\n**449MB**, and `eclipse-temurin:21-jre`, **288MB**");
  });

  it("states nginx:1.30-alpine's and node:22's sizes", () => {
    expect(baseSize("nginx:1.30-alpine")).toBe("62.3MB");
    expect(text).toContain("`nginx:1.30-alpine`, **62.3MB**");
    expect(baseSize("node:22")).toBe("1.13GB");
    expect(text).toContain("`node:22`, which the build ran on, is **1.13GB**");
  });

  it("the Rust image is 360kB, on a 1.03GB build image", () => {
    const rust = recipes.find((recipe) => recipe.startsWith("FROM rust:1.98-alpine"))!;
    expect(formatSize(imageOf(rust).sizeBytes)).toBe("360kB");
    expect(baseSize("rust:1.98-alpine")).toBe("1.03GB");
    expect(text).toContain("**360kB**, on a build image of **1.03GB**");
  });
});
