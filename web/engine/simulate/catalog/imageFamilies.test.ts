import { describe, expect, it } from "vitest";
import { BASE_IMAGES, IMAGE_FAMILIES } from "./imageFamilies";
import { resolveBaseImage } from "./resolveBaseImage";
import type { BaseImage, Figure } from "./types";

function image(id: string): BaseImage {
  const found = BASE_IMAGES.find((entry) => entry.id === id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
}

function expectSourced(figure: Figure): void {
  expect(figure.source.ref.length).toBeGreaterThan(0);
  if (figure.estimated || figure.source.mark === "EST") expect(figure.note ?? "").not.toBe("");
}

describe("the base-image catalog", () => {
  it("has every family of image-facts.md §1", () => {
    expect(IMAGE_FAMILIES.map((family) => family.name)).toEqual([
      "scratch",
      "busybox",
      "alpine",
      "debian",
      "ubuntu",
      "python",
      "node",
      "golang",
      "rust",
      "eclipse-temurin",
      "maven",
      "gradle",
      "nginx",
      "httpd",
      "distroless",
      "chainguard",
      "ubi",
    ]);
  });

  it("gives every entry a unique id", () => {
    const ids = BASE_IMAGES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(BASE_IMAGES.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    it("has a sourced size, positive unless it is scratch", () => {
      expectSourced(entry.size);
      if (entry.id === "scratch") expect(entry.size.bytes).toBe(0);
      else expect(entry.size.bytes).toBeGreaterThan(0);
      if (entry.compressedSize) {
        expectSourced(entry.compressedSize);
        expect(entry.compressedSize.bytes).toBeLessThanOrEqual(entry.size.bytes);
      }
    });

    it("has a source for its runtime facts", () => {
      expect(entry.factsSource.ref.length).toBeGreaterThan(0);
    });

    it("resolves its own tag back to itself", () => {
      expect(resolveBaseImage(entry.measuredTag).image.id).toBe(entry.id);
    });

    it("sets PATH unless it is scratch", () => {
      if (entry.id !== "scratch") expect(entry.config.env.PATH).toMatch(/\/usr\/bin/);
    });

    it("has a passwd entry for a named default user", () => {
      const user = entry.config.user;
      if (user !== "" && !/^\d+$/.test(user)) expect(entry.passwd.map((u) => u.name)).toContain(user);
      if (/^\d+$/.test(user)) expect(entry.passwd.map((u) => u.uid)).toContain(Number(user));
    });

    it("names a real field for each uncertain fact, with a reason", () => {
      for (const fact of entry.uncertain) {
        expect(Object.keys(entry)).toContain(fact.field.split(".")[0]);
        expect(fact.reason).not.toBe("");
      }
    });

    it("agrees with itself about libc and shells", () => {
      if (entry.libc.family === "none") expect(entry.libc.version).toBeNull();
      if (entry.shell.bash) expect(entry.shell.binSh).toBe(true);
      if (entry.packageManager === "apt") expect(entry.libc.family).toBe("glibc");
      // Wolfi (Chainguard) is the one apk-based distro built on glibc.
      if (entry.packageManager === "apk" && entry.os.distro !== "wolfi")
        expect(entry.libc.family).toBe("musl");
    });
  });

  describe("scratch", () => {
    it("is empty: no bytes, no libc, no shell, no passwd, no CA bundle, no zoneinfo", () => {
      const scratch = image("scratch");
      expect(scratch.size.bytes).toBe(0);
      expect(scratch.libc.family).toBe("none");
      expect(scratch.shell.binSh).toBe(false);
      expect(scratch.passwd).toEqual([]);
      expect(scratch.caCertificates).toBe(false);
      expect(scratch.tzdata).toBe(false);
      expect(scratch.config.entrypoint).toBeNull();
      expect(scratch.config.cmd).toBeNull();
    });
  });

  describe("distroless", () => {
    const distroless = BASE_IMAGES.filter((entry) => entry.family === "distroless");

    it("has no /bin/sh in any tag, :debug included", () => {
      for (const entry of distroless) expect(entry.shell.binSh, entry.id).toBe(false);
    });

    it("puts busybox's shell at /busybox/sh in :debug and makes it the static image's entrypoint", () => {
      const debug = image("gcr.io/distroless/static-debian12:debug");
      expect(debug.shell.otherPath).toBe("/busybox/sh");
      expect(debug.config.entrypoint).toEqual(["/busybox/sh"]);
      expect(debug.config.env.PATH).toMatch(/:\/busybox$/);
    });

    it("starts node itself, so CMD must not repeat node", () => {
      expect(image("gcr.io/distroless/nodejs22-debian12").config.entrypoint).toEqual(["/nodejs/bin/node"]);
      expect(image("gcr.io/distroless/nodejs22-debian12").runtimes[0]).toMatchObject({ npm: null });
    });

    it("runs jars with java -jar and has no javac", () => {
      expect(image("gcr.io/distroless/java21-debian12").config.entrypoint).toEqual(["/usr/bin/java", "-jar"]);
      expect(image("gcr.io/distroless/java21-debian12").runtimes[0]).toMatchObject({ javac: false });
    });

    it("ships Debian's Python 3.11 without pip, unlike python:3.12", () => {
      expect(image("gcr.io/distroless/python3-debian12").runtimes[0]).toMatchObject({
        binary: "/usr/bin/python3",
        minor: "3.11",
        pip: false,
      });
    });

    it("has glibc except in static, and CA certs and tzdata everywhere", () => {
      expect(image("gcr.io/distroless/static-debian12").libc.family).toBe("none");
      expect(image("gcr.io/distroless/base-debian12").libc).toEqual({ family: "glibc", version: "2.36" });
      for (const entry of distroless) {
        expect(entry.caCertificates, entry.id).toBe(true);
        expect(entry.tzdata, entry.id).toBe(true);
      }
    });

    it("runs :nonroot as 65532 in /home/nonroot", () => {
      const nonroot = image("gcr.io/distroless/static-debian12:nonroot");
      expect(nonroot.config.user).toBe("65532");
      expect(nonroot.config.workdir).toBe("/home/nonroot");
    });
  });

  describe("golang", () => {
    it("has cgo on in bookworm, where gcc is installed", () => {
      expect(image("golang:1.26-bookworm").runtimes[0]).toMatchObject({ kind: "go", cgoDefault: true });
      expect(image("golang:1.26-bookworm").contents.map((c) => c.name)).toContain("gcc");
    });

    it("has cgo off in alpine, where there is no gcc", () => {
      expect(image("golang:1.26-alpine3.23").runtimes[0]).toMatchObject({ kind: "go", cgoDefault: false });
      expect(image("golang:1.26-alpine3.23").contents.map((c) => c.name)).not.toContain("gcc");
    });

    it("sets GOPATH=/go and works in it", () => {
      expect(image("golang:1.26-bookworm").config.env.GOPATH).toBe("/go");
      expect(image("golang:1.26-bookworm").config.workdir).toBe("/go");
    });
  });

  describe("runtime facts learners trip over", () => {
    it("puts python's site-packages under /usr/local for its minor version", () => {
      expect(image("python:3.12-slim-bookworm").runtimes[0]).toMatchObject({
        binary: "/usr/local/bin/python3",
        sitePackages: "/usr/local/lib/python3.12/site-packages",
      });
      expect(image("python:3.12-slim-bookworm").config.cmd).toEqual(["python3"]);
    });

    it("has no CA certificates in plain Debian or Ubuntu, nor in node slim", () => {
      expect(image("debian:bookworm").caCertificates).toBe(false);
      expect(image("ubuntu:24.04").caCertificates).toBe(false);
      expect(image("node:22-bookworm-slim").caCertificates).toBe(false);
    });

    it("has no zoneinfo in Alpine", () => {
      expect(image("alpine:3.21").tzdata).toBe(false);
    });

    it("has a node user with uid 1000 in the node images", () => {
      for (const id of ["node:22-bookworm", "node:22-bookworm-slim", "node:22-alpine3.23"]) {
        expect(image(id).passwd).toContainEqual(expect.objectContaining({ name: "node", uid: 1000 }));
      }
    });

    it("links Rust statically only on Alpine", () => {
      expect(image("rust:1.98-bookworm").runtimes[0]).toMatchObject({ staticByDefault: false });
      expect(image("rust:1.98-alpine3.23").runtimes[0]).toMatchObject({
        defaultTarget: "x86_64-unknown-linux-musl",
        staticByDefault: true,
      });
    });

    it("has bash in Debian but only busybox ash in Alpine", () => {
      expect(image("debian:bookworm-slim").shell).toMatchObject({ binSh: true, bash: true });
      expect(image("alpine:3.21").shell).toMatchObject({ binSh: true, bash: false });
    });

    it("has no shell in chainguard's runtime images but one in -dev", () => {
      expect(image("cgr.dev/chainguard/python").shell.binSh).toBe(false);
      expect(image("cgr.dev/chainguard/python:latest-dev").shell.binSh).toBe(true);
    });
  });
});
