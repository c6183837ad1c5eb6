import { describe, expect, it } from "vitest";
import { changed, factOf, run } from "../testing/runFixture";

const ROOT_BULK = { path: "/", type: "dir" as const, bulk: true, sizeBytes: 100_000_000 };

describe("programs the image does not have", () => {
  it("fails a toolchain command whose runtime the base lacks, in the shell's own words", () => {
    expect(run("go build .", { base: "alpine:3.21" }).failed?.message).toBe("/bin/sh: go: not found");
    expect(run("pip install flask", { base: "debian:bookworm-slim" }).failed?.message).toBe(
      "/bin/sh: 1: pip: not found",
    );
    expect(run("cargo build --release", { base: "node:22-bookworm-slim" }).failed?.message).toBe(
      "/bin/sh: 1: cargo: not found",
    );
  });

  it("finds a program an earlier layer put on PATH", () => {
    const files = [
      { path: "/usr/bin/go", mode: 0o755 },
      { path: "/src/go.mod", content: "module a/b\n" },
    ];
    expect(
      run("go build -o /out/b .", { base: "alpine:3.21", workdir: "/src", files }).failed,
    ).toBeUndefined();
  });

  it("fails ./mvnw when the wrapper was not copied in", () => {
    expect(run("./mvnw package", { base: "eclipse-temurin:21-jdk-noble" }).failed?.message).toBe(
      "/bin/sh: 1: ./mvnw: not found",
    );
  });

  it("needs corepack enable before pnpm", () => {
    const files = [{ path: "/app/package.json", content: "{}" }];
    expect(run("pnpm install", { base: "node:22-bookworm-slim", files }).failed?.message).toBe(
      "/bin/sh: 1: pnpm: not found",
    );
    expect(
      run("corepack enable && pnpm install", { base: "node:22-bookworm-slim", files }).failed,
    ).toBeUndefined();
  });

  it('words it as bash does under SHELL ["/bin/bash", "-c"]', () => {
    expect(
      run("pip install x", { base: "debian:bookworm-slim", shell: ["/bin/bash", "-c"] }).failed?.message,
    ).toBe("/bin/bash: line 1: pip: command not found");
  });
});

describe("the base image's catch-all bulk node", () => {
  it("does not hide a missing requirements.txt under /app", () => {
    expect(run("pip install -r requirements.txt", { files: [ROOT_BULK] }).failed?.message).toContain(
      "Could not open requirements file",
    );
  });

  it("makes removals under system paths partly known, since their bytes are not modelled", () => {
    const effect = run("rm -rf /usr/share/doc/*", { files: [ROOT_BULK] });
    expect(effect.failed).toBeUndefined();
    expect(effect.knowledge).toBe("partial");
  });
});

describe("go install, git clone, unzip", () => {
  it("puts go install's binary in $GOPATH/bin", () => {
    const effect = run("CGO_ENABLED=0 go install github.com/go-delve/delve/cmd/dlv@latest", {
      base: "golang:1.26-bookworm",
    });
    expect(factOf(changed(effect, "/go/bin/dlv"), "elf")?.linkage).toBe("static");
  });

  it("clones into a directory of estimated size, where git exists", () => {
    const effect = run("git clone --depth 1 https://github.com/example/app.git /src", {
      base: "python:3.12-bookworm",
    });
    expect(changed(effect, "/src")).toMatchObject({ bulk: true, estimated: true });
    expect(effect.knowledge).toBe("partial");
    expect(
      run("git clone https://github.com/example/app.git", { base: "python:3.12-slim-bookworm" }).failed
        ?.message,
    ).toBe("/bin/sh: 1: git: not found");
  });
});

describe("uv", () => {
  const PYPROJECT = [
    {
      path: "/app/pyproject.toml",
      content: '[project]\nname = "api"\ndependencies = ["flask", "gunicorn"]\n',
    },
  ];

  it("makes a venv without pip, and installs into ./.venv with uv pip install", () => {
    const effect = run("uv venv && uv pip install --no-cache flask", { files: PYPROJECT });
    expect(factOf(changed(effect, "/app/.venv"), "venv")?.home).toBe("/usr/local/bin");
    expect(changed(effect, "/app/.venv/lib/python3.12/site-packages/pip")).toBeUndefined();
    expect(changed(effect, "/app/.venv/lib/python3.12/site-packages/flask")).toBeDefined();
  });

  it("refuses uv pip install without a venv unless --system", () => {
    expect(run("uv pip install flask").failed?.message).toContain("No virtual environment found");
    expect(
      changed(run("uv pip install --system flask"), "/usr/local/lib/python3.12/site-packages/flask"),
    ).toBeDefined();
  });

  it("syncs a project into .venv, keeping downloads in /root/.cache/uv", () => {
    const effect = run("uv sync --frozen", { files: PYPROJECT });
    expect(changed(effect, "/app/.venv/lib/python3.12/site-packages/gunicorn")).toBeDefined();
    expect(changed(effect, "/app/.venv/lib/python3.12/site-packages/__editable__.api.pth")).toBeDefined();
    expect(changed(effect, "/root/.cache/uv")).toBeDefined();
  });
});
