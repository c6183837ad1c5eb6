import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resolveBaseImage } from "./resolveBaseImage";
import { mb } from "./units";

function idOf(reference: string): string {
  return resolveBaseImage(reference).image.id;
}

describe("resolveBaseImage", () => {
  describe("each family resolves its common tags", () => {
    it.each([
      ["scratch", "scratch"],
      ["busybox", "busybox:1.38-glibc"],
      ["busybox:1.38", "busybox:1.38-glibc"],
      ["busybox:musl", "busybox:1.38-musl"],
      ["alpine:3.21", "alpine:3.21"],
      ["alpine:3.21.3", "alpine:3.21"],
      ["alpine:3.20", "alpine:3.2x"],
      ["debian:bookworm", "debian:bookworm"],
      ["debian:12", "debian:bookworm"],
      ["debian:bookworm-slim", "debian:bookworm-slim"],
      ["debian:12-slim", "debian:bookworm-slim"],
      ["ubuntu:22.04", "ubuntu:22.04"],
      ["ubuntu:jammy", "ubuntu:22.04"],
      ["ubuntu:24.04", "ubuntu:24.04"],
      ["ubuntu:noble", "ubuntu:24.04"],
      ["python:3.12", "python:3.12-trixie"],
      ["python:3.12-bookworm", "python:3.12-bookworm"],
      ["python:3.12-slim", "python:3.12-slim-trixie"],
      ["python:3.12-trixie", "python:3.12-trixie"],
      ["python:3.12-slim-bookworm", "python:3.12-slim-bookworm"],
      ["python:3.12.4-slim", "python:3.12-slim-trixie"],
      ["python:3.12-alpine", "python:3.12-alpine3.23"],
      ["python:3.12-alpine3.23", "python:3.12-alpine3.23"],
      ["python:3.7-alpine", "python:3.7-alpine"],
      ["python:alpine3.7", "python:3.7-alpine"],
      ["node:22", "node:22-bookworm"],
      ["node:22-slim", "node:22-bookworm-slim"],
      ["node:22-bookworm-slim", "node:22-bookworm-slim"],
      ["node:22-alpine", "node:22-alpine3.23"],
      ["node:22.23.1-alpine3.23", "node:22-alpine3.23"],
      ["node:20", "node:20-bookworm"],
      ["node:20-slim", "node:20-bookworm-slim"],
      ["node:20-alpine", "node:20-alpine"],
      ["golang:1.26", "golang:1.26-trixie"],
      ["golang:1.26.7-bookworm", "golang:1.26-bookworm"],
      ["golang:1.26-alpine", "golang:1.26-alpine3.23"],
      ["golang:1.22", "golang:1.23-bookworm"],
      ["golang:1.23-alpine", "golang:1.23-alpine"],
      ["rust:1.98", "rust:1.98-trixie"],
      ["rust:1.98-bookworm", "rust:1.98-bookworm"],
      ["rust:1.98-slim", "rust:1.98-slim-trixie"],
      ["rust:1.98-slim-bookworm", "rust:1.98-slim-bookworm"],
      ["rust:1.98-alpine", "rust:1.98-alpine3.23"],
      ["rust:1.85", "rust:1.8x-bookworm"],
      ["rust:1.85-slim", "rust:1.8x-slim-bookworm"],
      ["rust:1.85-alpine", "rust:1.8x-alpine"],
      ["eclipse-temurin:21", "eclipse-temurin:21-jdk-noble"],
      ["eclipse-temurin:21-jdk", "eclipse-temurin:21-jdk-noble"],
      ["eclipse-temurin:21-jre", "eclipse-temurin:21-jre-noble"],
      ["eclipse-temurin:21.0.5_11-jre-noble", "eclipse-temurin:21-jre-noble"],
      ["eclipse-temurin:21-jre-alpine", "eclipse-temurin:21-jre-alpine"],
      ["eclipse-temurin:21-jdk-alpine", "eclipse-temurin:21-jdk-alpine"],
      ["maven:3.9-eclipse-temurin-21", "maven:3.9-eclipse-temurin-21-noble"],
      ["maven:3.9.16-eclipse-temurin-21-noble", "maven:3.9-eclipse-temurin-21-noble"],
      ["gradle:jdk21", "gradle:jdk21"],
      ["gradle:8.10-jdk21", "gradle:jdk21"],
      ["nginx:1.30", "nginx:1.30-trixie"],
      ["nginx:stable", "nginx:1.30-trixie"],
      ["nginx:1.27", "nginx:1.27-bookworm"],
      ["nginx:alpine", "nginx:1.30-alpine"],
      ["nginx:1.30.4-alpine", "nginx:1.30-alpine"],
      ["nginx:stable-alpine", "nginx:1.30-alpine"],
      ["httpd:2.4", "httpd:2.4-trixie"],
      ["httpd:2.4.68", "httpd:2.4-trixie"],
      ["gcr.io/distroless/static-debian12", "gcr.io/distroless/static-debian12"],
      ["gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/static-debian12:nonroot"],
      ["gcr.io/distroless/base-debian12:debug", "gcr.io/distroless/base-debian12:debug"],
      ["gcr.io/distroless/cc-debian12:debug-nonroot", "gcr.io/distroless/cc-debian12:debug-nonroot"],
      ["gcr.io/distroless/python3-debian12", "gcr.io/distroless/python3-debian12"],
      ["gcr.io/distroless/nodejs20-debian12", "gcr.io/distroless/nodejs20-debian12"],
      ["gcr.io/distroless/nodejs22-debian12:nonroot", "gcr.io/distroless/nodejs22-debian12:nonroot"],
      ["gcr.io/distroless/java21-debian12", "gcr.io/distroless/java21-debian12"],
      ["cgr.dev/chainguard/static", "cgr.dev/chainguard/static"],
      ["cgr.dev/chainguard/python:latest", "cgr.dev/chainguard/python"],
      ["cgr.dev/chainguard/python:latest-dev", "cgr.dev/chainguard/python:latest-dev"],
      ["cgr.dev/chainguard/node", "cgr.dev/chainguard/node"],
      ["registry.access.redhat.com/ubi9/ubi-micro", "ubi9/ubi-micro"],
      ["registry.access.redhat.com/ubi9/ubi-minimal:9.4", "ubi9/ubi-minimal"],
      ["redhat/ubi9-minimal", "ubi9/ubi-minimal"],
    ])("resolves %s to %s", (reference, id) => {
      expect(idOf(reference)).toBe(id);
    });
  });

  describe("the old python:alpine3.7", () => {
    it("resolves to the 2018 python:3.7-alpine with its 98.7 MB, musl and Python 3.7", () => {
      const { image, estimated } = resolveBaseImage("python:alpine3.7");
      expect(image.size.bytes).toBe(mb(98.7));
      expect(image.libc.family).toBe("musl");
      expect(image.runtimes[0]).toMatchObject({ kind: "python", minor: "3.7" });
      expect(estimated).toBe(false);
    });

    it("also answers for the 3.7-alpine3.8 spelling", () => {
      expect(idOf("python:3.7-alpine3.8")).toBe("python:3.7-alpine");
    });
  });

  describe("patterns that must not shadow each other", () => {
    it("does not give python:3.12-slim the full python:3.12", () => {
      expect(resolveBaseImage("python:3.12-slim-bookworm").image.size.bytes).toBe(mb(124.3));
      expect(resolveBaseImage("python:3.12-bookworm").image.size.bytes).toBe(mb(1020));
      expect(resolveBaseImage("python:3.12-slim").image.size.bytes).toBe(mb(119.2));
      expect(resolveBaseImage("python:3.12").image.size.bytes).toBe(mb(1110));
    });

    it("reads a tag without an OS suffix as the release it points at today", () => {
      expect(resolveBaseImage("golang:1.26").image.libc).toEqual({ family: "glibc", version: "2.41" });
      expect(resolveBaseImage("golang:1.26-bookworm").image.libc).toEqual({
        family: "glibc",
        version: "2.36",
      });
      expect(resolveBaseImage("node:22").image.os.release).toBe("bookworm");
      expect(resolveBaseImage("python:3.12-slim").estimated).toBe(false);
    });

    it("does not give node:22-alpine the glibc node", () => {
      const { image } = resolveBaseImage("node:22-alpine");
      expect(image.libc.family).toBe("musl");
      expect(resolveBaseImage("node:22").image.libc.family).toBe("glibc");
    });

    it("tells python:3.12-alpine from python:3.12", () => {
      expect(resolveBaseImage("python:3.12-alpine").image.libc.family).toBe("musl");
    });

    it("tells the JRE from the JDK", () => {
      expect(resolveBaseImage("eclipse-temurin:21-jre").image.runtimes[0]).toMatchObject({ javac: false });
      expect(resolveBaseImage("eclipse-temurin:21-jdk").image.runtimes[0]).toMatchObject({ javac: true });
    });

    it("tells distroless nonroot from debug from latest", () => {
      expect(resolveBaseImage("gcr.io/distroless/static-debian12:nonroot").image.config.user).toBe("65532");
      expect(resolveBaseImage("gcr.io/distroless/static-debian12").image.config.user).toBe("");
      expect(resolveBaseImage("gcr.io/distroless/static-debian12:debug").image.shell.otherPath).toBe(
        "/busybox/sh",
      );
    });

    it("prefers the exact alpine release over the newest alpine entry", () => {
      expect(idOf("python:alpine3.7")).toBe("python:3.7-alpine");
      expect(idOf("python:alpine")).toBe("python:3.12-alpine3.23");
    });
  });

  describe("reference spellings", () => {
    it.each([
      "docker.io/library/python:3.12-slim",
      "index.docker.io/library/python:3.12-slim",
      "library/python:3.12-slim",
      "docker.io/python:3.12-slim",
      "PYTHON:3.12-SLIM",
      "  python:3.12-slim  ",
      "mirror.gcr.io/library/python:3.12-slim",
      "public.ecr.aws/docker/library/python:3.12-slim",
      "python:3.12-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "python:3.12-slim-amd64",
    ])("reads %s as python:3.12-slim", (reference) => {
      const result = resolveBaseImage(reference);
      expect(result.image.id).toBe("python:3.12-slim-trixie");
      expect(result.estimated).toBe(false);
    });

    it("marks a digest as pinned", () => {
      expect(resolveBaseImage("python:3.12-slim@sha256:abc").pinned).toBe(true);
      expect(resolveBaseImage("python:3.12-slim").pinned).toBe(false);
    });

    it("flags a digest without a tag as an estimate, since the digest's tag is unknown", () => {
      const result = resolveBaseImage("python@sha256:abc");
      expect(result.reasons).toContain("digest-only");
      expect(result.estimated).toBe(true);
      expect(result.untagged).toBe(false);
    });
  });

  describe("OS suffixes and versions outside the catalog", () => {
    it("estimates another Debian release from a measured one, with that release's glibc", () => {
      const result = resolveBaseImage("python:3.12-slim-bullseye");
      expect(result.image.id).toMatch(/^python:3\.12-slim-/);
      expect(result.image.size.bytes).toBeGreaterThan(mb(100));
      expect(result.image.libc).toEqual({ family: "glibc", version: "2.31" });
      expect(result.image.os.release).toBe("bullseye");
      expect(result.estimated).toBe(true);
      expect(result.reasons).toContain("os-release-differs");
      expect(result.note).toMatch(/bullseye/);
    });

    it("estimates another Alpine release from the measured one", () => {
      const result = resolveBaseImage("node:22-alpine3.20");
      expect(result.image.libc.family).toBe("musl");
      expect(result.reasons).toContain("os-release-differs");
    });

    it("uses the nearest version for a version the catalog lacks", () => {
      const result = resolveBaseImage("python:3.11-slim");
      expect(result.image.id).toBe("python:3.12-slim-trixie");
      expect(result.reasons).toContain("version-not-in-catalog");
      expect(result.note).toMatch(/3\.11/);
    });

    it("gives a stand-in entry the tag's runtime version, with Python's paths, flagged as uncertain", () => {
      const result = resolveBaseImage("python:3.11-slim");
      expect(result.image.runtimes[0]).toMatchObject({
        kind: "python",
        version: "3.11",
        minor: "3.11",
        sitePackages: "/usr/local/lib/python3.11/site-packages",
        stdlib: "/usr/local/lib/python3.11",
      });
      expect(result.image.config.env.PYTHON_VERSION).toBe("3.11");
      expect(result.image.uncertain.map((u) => u.field)).toContain("runtimes.python.version");
      expect(result.estimated).toBe(true);
      expect(result.note).toContain("Python 3.11 is taken from the tag");
    });

    it("gives golang:1.22 Go 1.22, though the 1.22–1.23 entry was measured as 1.23", () => {
      const result = resolveBaseImage("golang:1.22");
      expect(result.image.runtimes.find((r) => r.kind === "go")?.version).toBe("1.22");
      expect(result.estimated).toBe(true);
    });

    it("keeps the measured runtime for a patch release of the same minor", () => {
      const result = resolveBaseImage("python:3.12.4-slim");
      expect(result.image.runtimes[0]?.version).toBe("3.12.13");
      expect(result.image.uncertain).toEqual([]);
    });

    it("keeps the tag's libc when the family lacks that distro", () => {
      const result = resolveBaseImage("httpd:2.4-alpine");
      expect(result.image.libc.family).toBe("musl");
      expect(result.image.packageManager).toBe("apk");
      expect(result.estimated).toBe(true);
    });

    it("treats a short version as floating", () => {
      const result = resolveBaseImage("python:3");
      expect(result.image.id).toBe("python:3.12-trixie");
      expect(result.reasons).toContain("floating-tag");
    });
  });

  describe("latest and untagged", () => {
    it("marks an untagged image so a teaching check can say so", () => {
      const result = resolveBaseImage("python");
      expect(result.untagged).toBe(true);
      expect(result.latest).toBe(true);
      expect(result.reasons).toContain("untagged");
      expect(result.note).toMatch(/latest/);
    });

    it("marks :latest", () => {
      const result = resolveBaseImage("node:latest");
      expect(result.untagged).toBe(false);
      expect(result.latest).toBe(true);
      expect(result.reasons).toContain("latest");
    });

    it("does not call a measured latest an estimate", () => {
      const result = resolveBaseImage("busybox:latest");
      expect(result.latest).toBe(true);
      expect(result.estimated).toBe(false);
    });

    it("does not treat FROM scratch as untagged", () => {
      const result = resolveBaseImage("scratch");
      expect(result.untagged).toBe(false);
      expect(result.reasons).toEqual([]);
    });
  });

  describe("images outside the catalog", () => {
    it("gives a flagged, non-zero estimate with a reason", () => {
      const result = resolveBaseImage("mycorp/app:1.0");
      expect(result.unknown).toBe(true);
      expect(result.estimated).toBe(true);
      expect(result.reasons).toContain("unknown-image");
      expect(result.image.size.bytes).toBeGreaterThan(0);
      expect(result.image.size.estimated).toBe(true);
      expect(result.note).toMatch(/not in the catalog/);
    });

    it("takes libc and package manager from an alpine tag", () => {
      const { image } = resolveBaseImage("postgres:16-alpine");
      expect(image.libc.family).toBe("musl");
      expect(image.packageManager).toBe("apk");
    });

    it("lists every guessed fact as uncertain", () => {
      const fields = resolveBaseImage("redis:7").image.uncertain.map((fact) => fact.field);
      expect(fields).toEqual(expect.arrayContaining(["size", "libc", "shell", "passwd"]));
    });

    it("says when the reference still holds a variable", () => {
      const result = resolveBaseImage("${BASE_IMAGE}");
      expect(result.reasons).toContain("unexpanded-variable");
      expect(result.untagged).toBe(false);
    });

    it("estimates an unlisted distroless image from its closest sibling", () => {
      const result = resolveBaseImage("gcr.io/distroless/java17-debian12");
      expect(result.image.id).toBe("gcr.io/distroless/java21-debian12");
      expect(result.reasons).toContain("approximate-repository");
      expect(result.unknown).toBe(false);
    });

    it("does not throw on empty or malformed input", () => {
      for (const text of ["", ":", "@", "a:b:c@", "///", "python:", "python@"]) {
        expect(resolveBaseImage(text).image.size.bytes).toBeGreaterThanOrEqual(0);
      }
    });
  });

  describe("any input", () => {
    const referenceLike = fc
      .array(
        fc.constantFrom(
          "python",
          "node",
          ":",
          "-",
          "@",
          "/",
          "3.12",
          "slim",
          "alpine",
          "gcr.io",
          "$X",
          "A",
          ".",
          " ",
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join(""));

    it("never throws, and explains every estimate", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), referenceLike), (text) => {
          const result = resolveBaseImage(text);
          expect(result.image.size.bytes).toBeGreaterThanOrEqual(0);
          if (result.estimated) expect(result.note).not.toBe("");
          if (result.image.family !== "scratch") expect(result.image.size.bytes).toBeGreaterThan(0);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe("what a resolution says about the image the Dockerfile names", () => {
  it("names the tag written, not the entry's stand-in, when the size is an estimate", () => {
    const note = resolveBaseImage("alpine:3.23").note;
    expect(note).toContain("The size of alpine:3.23 is an estimate");
    expect(note).not.toContain("alpine:3.20");
  });

  it("gives rust:1.85 Rust 1.85, with no sentence about a Rust 1.8", () => {
    const result = resolveBaseImage("rust:1.85-alpine");
    expect(result.image.runtimes.find((r) => r.kind === "rust")?.version).toBe("1.85");
    expect(result.note).not.toMatch(/Rust 1\.8\b/);
    expect(result.estimated).toBe(true);
  });

  it("knows a Windows image for what it is, and does not simulate it as Linux", () => {
    for (const text of [
      "mcr.microsoft.com/windows/servercore:ltsc2022",
      "mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022",
      "golang:1.22-windowsservercore-ltsc2022",
    ]) {
      const result = resolveBaseImage(text);
      expect(result.unknown).toBe(true);
      expect(result.reasons).toContain("windows-image");
      expect(result.note).toContain("Windows container image");
    }
    expect(resolveBaseImage("golang:1.26-bookworm").unknown).toBe(false);
  });
});
