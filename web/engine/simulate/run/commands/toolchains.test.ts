import { describe, expect, it } from "vitest";
import { changed, factOf, run } from "../testing/runFixture";

const GO_MOD = {
  path: "/src/go.mod",
  content: "module example.com/docker-gs-ping\n\ngo 1.26\n\nrequire github.com/labstack/echo/v4 v4.11.4\n",
};
const SERVER = {
  path: "/src/main.go",
  content:
    'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() { fmt.Println(http.ListenAndServe(":8080", nil)) }\n',
};
const GO = { workdir: "/src", files: [GO_MOD, SERVER] };

describe("go build", () => {
  it("links glibc dynamically on golang's Debian image, where gcc turns cgo on (learner question 10)", () => {
    const effect = run("go build -o /app .", { base: "golang:1.26-bookworm", ...GO });
    expect(factOf(changed(effect, "/app"), "elf")).toEqual({
      kind: "elf",
      linkage: "dynamic",
      libc: "glibc",
      needs: [],
      producer: "go",
    });
    expect(changed(effect, "/app")?.mode).toBe(0o755);
  });

  it("links statically with cgo on when the program imports nothing with a cgo implementation", () => {
    const hello = {
      path: "/src/main.go",
      content: 'package main\n\nimport "fmt" // net is not used\n\nfunc main() { fmt.Println(1) }\n',
    };
    const effect = run("go build -o /app .", {
      base: "golang:1.26-bookworm",
      workdir: "/src",
      files: [GO_MOD, hello],
    });
    expect(factOf(changed(effect, "/app"), "elf")).toMatchObject({ linkage: "static", libc: "none" });
  });

  it("guesses dynamic linkage, and says it is a guess, when there are no sources to read", () => {
    const effect = run("go build -o /app .", {
      base: "golang:1.26-bookworm",
      workdir: "/src",
      files: [GO_MOD],
    });
    expect(factOf(changed(effect, "/app"), "elf")).toMatchObject({ linkage: "dynamic", guessed: true });
  });

  it("builds a static binary with CGO_ENABLED=0, as a prefix or from ENV", () => {
    for (const [command, env] of [
      ["CGO_ENABLED=0 go build -o /app .", {}],
      ["go build -o /app .", { CGO_ENABLED: "0" }],
    ] as const) {
      const effect = run(command, { base: "golang:1.26-bookworm", ...GO, env });
      expect(factOf(changed(effect, "/app"), "elf")).toMatchObject({ linkage: "static", libc: "none" });
    }
  });

  it("builds static on golang's Alpine image, which has no C compiler", () => {
    const effect = run("go build -o /app .", { base: "golang:1.26-alpine3.23", ...GO });
    expect(factOf(changed(effect, "/app"), "elf")?.linkage).toBe("static");
  });

  it("stays static with cgo on when the sources import neither net nor os/user", () => {
    const files = [
      GO_MOD,
      {
        path: "/src/main.go",
        content: "package main",
        facts: [{ kind: "source" as const, language: "go" as const, imports: ["fmt"] }],
      },
    ];
    const effect = run("go build -o /app .", { base: "golang:1.26-bookworm", workdir: "/src", files });
    expect(factOf(changed(effect, "/app"), "elf")?.linkage).toBe("static");
  });

  it('names the binary after the module without -o, and shrinks it with -ldflags "-s -w"', () => {
    const plain = run("CGO_ENABLED=0 go build", { base: "golang:1.26-bookworm", ...GO });
    const stripped = run('CGO_ENABLED=0 go build -ldflags="-s -w"', { base: "golang:1.26-bookworm", ...GO });
    const full = changed(plain, "/src/docker-gs-ping")?.sizeBytes ?? 0;
    expect(full).toBe(7_500_000);
    expect(changed(stripped, "/src/docker-gs-ping")?.sizeBytes).toBe(
      Math.round((7_500_000 * 4_470_000) / 6_460_000),
    );
  });

  it("puts the binary in a directory given with -o dir/", () => {
    const effect = run("go build -o /out/ ./cmd/server", { base: "golang:1.26-bookworm", ...GO });
    expect(changed(effect, "/out/server")).toBeDefined();
  });

  it("fills the module cache with go mod download", () => {
    const effect = run("go mod download", { base: "golang:1.26-bookworm", ...GO });
    expect(changed(effect, "/go/pkg/mod")).toMatchObject({
      estimated: true,
      facts: [{ kind: "cache", tool: "go" }],
    });
  });

  it("fails go build without a go.mod in the directory or above, but builds a lone main.go", () => {
    expect(run("go build -o /app .", { base: "golang:1.26-bookworm", workdir: "/src" }).failed?.message).toBe(
      "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    );
    expect(
      run("go build -o /app main.go", { base: "golang:1.26-bookworm", workdir: "/src" }).failed,
    ).toBeUndefined();
    expect(
      run("cd cmd/server && go build -o /app .", {
        base: "golang:1.26-bookworm",
        workdir: "/src",
        files: [GO_MOD, { path: "/src/cmd/server/main.go", content: "" }],
      }).failed,
    ).toBeUndefined();
  });

  it("keeps its caches where GOCACHE and GOMODCACHE say, out of the layer under cache mounts", () => {
    const cache = (target: string) => ({
      type: "cache" as const,
      target,
      from: null,
      source: null,
      readOnly: false,
    });
    const effect = run("go mod download && go build -o /out/app .", {
      base: "golang:1.26-bookworm",
      ...GO,
      env: { GOCACHE: "/cache/go-build", GOMODCACHE: "/cache/mod" },
      mounts: [cache("/cache")],
    });
    expect(effect.changes.map((change) => (change.op === "delete" ? change.path : change.node.path))).toEqual(
      ["/out", "/out/app"],
    );
  });

  it("fails go mod download without a go.mod", () => {
    expect(
      run("go mod download", { base: "golang:1.26-bookworm", workdir: "/src" }).failed?.message,
    ).toContain("go.mod file not found");
  });
});

const CARGO = {
  path: "/usr/src/app/Cargo.toml",
  content: '[package]\nname = "hello-server"\nversion = "0.1.0"\n\n[dependencies]\n',
};

describe("cargo build", () => {
  it("links glibc and libgcc_s for the gnu target on Debian", () => {
    const effect = run("cargo build --release", {
      base: "rust:1.98-bookworm",
      workdir: "/usr/src/app",
      files: [CARGO],
    });
    const binary = changed(effect, "/usr/src/app/target/release/hello-server");
    expect(binary?.sizeBytes).toBe(4_350_000);
    expect(factOf(binary, "elf")).toEqual({
      kind: "elf",
      linkage: "dynamic",
      libc: "glibc",
      needs: ["libgcc_s.so.1"],
      producer: "rust",
    });
  });

  it("is static with the musl target, by default on rust:alpine", () => {
    const alpine = run("cargo build --release", {
      base: "rust:1.98-alpine3.23",
      workdir: "/usr/src/app",
      files: [CARGO],
    });
    expect(factOf(changed(alpine, "/usr/src/app/target/release/hello-server"), "elf")?.linkage).toBe(
      "static",
    );
    const musl = run("cargo build --release --target x86_64-unknown-linux-musl", {
      base: "rust:1.98-bookworm",
      workdir: "/usr/src/app",
      files: [CARGO],
    });
    expect(
      factOf(changed(musl, "/usr/src/app/target/x86_64-unknown-linux-musl/release/hello-server"), "elf")
        ?.libc,
    ).toBe("none");
  });

  it("puts target/ where CARGO_TARGET_DIR says", () => {
    const effect = run("cargo build --release", {
      base: "rust:1.98-bookworm",
      workdir: "/usr/src/app",
      files: [CARGO],
      env: { CARGO_TARGET_DIR: "/build" },
    });
    expect(changed(effect, "/build/release/hello-server")).toBeDefined();
  });

  it("fails without a Cargo.toml", () => {
    expect(
      run("cargo build --release", { base: "rust:1.98-bookworm", workdir: "/x" }).failed?.message,
    ).toContain("could not find `Cargo.toml`");
  });
});

describe("cargo install, cargo chef and strip", () => {
  const app = { base: "rust:1.98-bookworm", workdir: "/usr/src/app", files: [CARGO] };

  it("keeps only the binary of cargo install --path ., in $CARGO_HOME/bin", () => {
    const effect = run("cargo install --path .", app);
    expect(factOf(changed(effect, "/usr/local/cargo/bin/hello-server"), "elf")?.needs).toEqual([
      "libgcc_s.so.1",
    ]);
    expect(changed(effect, "/usr/src/app/target/release/hello-server")).toBeUndefined();
  });

  it("builds only the dependencies with cargo chef cook, from the recipe prepare wrote", () => {
    const effect = run(
      "cargo chef prepare --recipe-path recipe.json && cargo chef cook --release --recipe-path recipe.json",
      app,
    );
    expect(changed(effect, "/usr/src/app/target/release/deps")).toMatchObject({ estimated: true });
    expect(run("cargo chef cook --release --recipe-path recipe.json", app).failed?.message).toBe(
      "Error: Failed to read recipe from /usr/src/app/recipe.json",
    );
  });

  it("shrinks a release binary with strip as the measured pair did (4.35 → 0.36 MB)", () => {
    const effect = run("cargo build --release && strip target/release/hello-server", app);
    expect(changed(effect, "/usr/src/app/target/release/hello-server")?.sizeBytes).toBe(360_000);
  });
});

const POM = {
  path: "/app/pom.xml",
  content:
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>" +
    "<artifactId>demo</artifactId><version>0.0.1-SNAPSHOT</version><properties><java.version>21</java.version></properties></project>",
};

describe("mvn and gradle", () => {
  it("builds target/<artifact>-<version>.jar and fills ~/.m2", () => {
    const effect = run("mvn -B package -DskipTests", {
      base: "maven:3.9-eclipse-temurin-21-noble",
      files: [POM],
    });
    const jar = changed(effect, "/app/target/demo-0.0.1-SNAPSHOT.jar");
    expect(jar).toMatchObject({ sizeBytes: 20_000_000, estimated: true });
    expect(factOf(jar, "jar")).toEqual({ kind: "jar", javaRelease: 21, executable: true });
    expect(factOf(changed(effect, "/root/.m2/repository"), "cache")?.tool).toBe("maven");
  });

  it("fills ~/.m2 once, however many goals download into it", () => {
    const effect = run("mvn -B dependency:go-offline && mvn -B package", {
      base: "maven:3.9-eclipse-temurin-21-noble",
      files: [POM],
    });
    expect(changed(effect, "/root/.m2/repository")?.sizeBytes).toBe(100_000_000);
  });

  it("runs the same through ./mvnw", () => {
    expect(
      changed(
        run("./mvnw -B package", {
          base: "eclipse-temurin:21-jdk-noble",
          files: [POM, { path: "/app/mvnw", mode: 0o755 }],
        }),
        "/app/target/demo-0.0.1-SNAPSHOT.jar",
      ),
    ).toBeDefined();
  });

  it("builds build/libs/<name>-<version>.jar with gradle build", () => {
    const files = [
      { path: "/app/gradlew", mode: 0o755 },
      { path: "/app/settings.gradle", content: "rootProject.name = 'api'" },
      {
        path: "/app/build.gradle",
        content:
          "plugins { id 'org.springframework.boot' version '3.3.0' }\nversion = '1.0.0'\njava { toolchain { languageVersion = JavaLanguageVersion.of(17) } }",
      },
    ];
    const effect = run("./gradlew build --no-daemon", { base: "eclipse-temurin:21-jdk-noble", files });
    expect(factOf(changed(effect, "/app/build/libs/api-1.0.0.jar"), "jar")).toEqual({
      kind: "jar",
      javaRelease: 17,
      executable: true,
    });
    expect(factOf(changed(effect, "/root/.gradle"), "cache")?.tool).toBe("gradle");
  });
});
