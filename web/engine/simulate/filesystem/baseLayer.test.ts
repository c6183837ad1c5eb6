import { describe, expect, it } from "vitest";
import { resolveBaseImage } from "../catalog/resolveBaseImage";
import type { StageIndex } from "../../stages/types";
import type { FileNode } from "../types";
import { baseLayer } from "./baseLayer";

const layerOf = (reference: string) => baseLayer(resolveBaseImage(reference), 0 as StageIndex, "s0.l0");
const at = (nodes: FileNode[], path: string) => nodes.find((n) => n.path === path);
const sum = (nodes: FileNode[]) => nodes.reduce((total, n) => total + n.sizeBytes, 0);

describe("a base image's layer", () => {
  it.each(["python:3.12-slim-bookworm", "alpine:3.21", "golang:1.26-bookworm", "node:22", "nosuch/image:1"])(
    "adds up to the catalog's figure for %s",
    (reference) => {
      const layer = layerOf(reference);
      expect(sum(layer.added)).toBe(resolveBaseImage(reference).image.size.bytes);
      expect(layer.sizeBytes).toBe(resolveBaseImage(reference).image.size.bytes);
    },
  );

  it("names the catalog source of its size in a note", () => {
    expect(layerOf("python:3.12-slim-bookworm").notes[0]).toMatchInlineSnapshot(
      `"python:3.12.13-slim-bookworm: 124.3 MB from github.com/docker-library/repo-info/repos/python/local/3.12-slim-bookworm.md (2026-08)."`,
    );
  });

  it("models what the verdict reasons on in a Debian Python image", () => {
    const nodes = layerOf("python:3.12-slim-bookworm").added;
    expect(at(nodes, "/bin/sh")?.facts).toEqual([{ kind: "tool", name: "dash", role: "shell" }]);
    expect(at(nodes, "/lib64/ld-linux-x86-64.so.2")?.type).toBe("symlink");
    expect(at(nodes, "/etc/passwd")?.facts[0]).toMatchObject({ kind: "passwd" });
    expect(at(nodes, "/etc/ssl/certs/ca-certificates.crt")?.facts).toEqual([{ kind: "ca-certificates" }]);
    expect(at(nodes, "/usr/share/zoneinfo")?.facts).toEqual([{ kind: "zoneinfo" }]);
    expect(at(nodes, "/usr/local/bin/python3.12")?.facts).toEqual([
      { kind: "interpreter", language: "python", version: "3.12.13" },
    ]);
    expect(at(nodes, "/usr/local/bin/python3")).toMatchObject({
      type: "symlink",
      target: "/usr/local/bin/python3.12",
    });
    expect(at(nodes, "/usr/local/lib/python3.12/site-packages")?.type).toBe("dir");
    expect(nodes.every((n) => n.origin.kind === "base")).toBe(true);
  });

  it("gives Alpine the musl loader and no glibc one", () => {
    const nodes = layerOf("alpine:3.21").added;
    expect(at(nodes, "/lib/ld-musl-x86_64.so.1")).toBeDefined();
    expect(at(nodes, "/lib64/ld-linux-x86-64.so.2")).toBeUndefined();
    expect(at(nodes, "/bin/sh")?.facts).toEqual([{ kind: "tool", name: "busybox ash", role: "shell" }]);
  });

  it("lists the build tools a full image carries, with their sizes", () => {
    const gcc = at(layerOf("golang:1.26-bookworm").added, "/usr/bin/gcc");
    expect(gcc?.facts).toEqual([{ kind: "tool", name: "gcc", role: "compiler" }]);
    expect(gcc?.sizeBytes).toBe(Math.round(172 * 1024 * 1024));
  });

  it("bills the node binary at its measured size", () => {
    const node = at(layerOf("node:22").added, "/usr/local/bin/node");
    expect(node?.sizeBytes).toBe(98_900_000);
    expect(node?.facts[0]).toMatchObject({ kind: "interpreter", language: "node" });
  });

  it("has no shell and no libc in distroless static, but CA certificates and passwd", () => {
    const nodes = layerOf("gcr.io/distroless/static-debian12").added;
    expect(at(nodes, "/bin/sh")).toBeUndefined();
    expect(nodes.some((n) => n.path.includes("ld-"))).toBe(false);
    expect(at(nodes, "/etc/ssl/certs/ca-certificates.crt")).toBeDefined();
    expect(at(nodes, "/etc/passwd")).toBeDefined();
  });

  it("is empty for scratch", () => {
    const layer = layerOf("scratch");
    expect(layer.added).toEqual([]);
    expect(layer.sizeBytes).toBe(0);
  });

  it("flags an unknown image's bytes as an estimate, never zero", () => {
    const layer = layerOf("example.com/team/app:1");
    expect(layer.sizeBytes).toBeGreaterThan(0);
    expect(layer.estimated).toBe(true);
    expect(layer.knowledge).toBe("partial");
  });
});
