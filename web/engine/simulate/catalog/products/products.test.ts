import { describe, expect, it } from "vitest";
import { APK_INSTALLS, APT_INSTALLS } from "./packageInstalls";
import { PIP_PACKAGES } from "./pipPackages";
import { NODE_DISTRIBUTION, NODE_PROJECTS } from "./nodeProjects";
import { BINARIES } from "./binaries";
import { JARS } from "./jars";
import { CACHES } from "./caches";
import { REFERENCE_CASES } from "./referenceCases";
import { resolveBaseImage } from "../resolveBaseImage";
import { mb } from "../units";
import type { Figure } from "../types";

function figures(): [string, Figure][] {
  return [
    ...APT_INSTALLS.map((item) => [`apt ${item.packages.join(" ")}`, item.size] as [string, Figure]),
    ...APK_INSTALLS.map((item) => [`apk ${item.packages.join(" ")}`, item.size] as [string, Figure]),
    ...PIP_PACKAGES.map((item) => [`pip ${item.requirement}`, item.installed] as [string, Figure]),
    ...NODE_PROJECTS.map((item) => [`npm ${item.name}`, item.nodeModules] as [string, Figure]),
    ...Object.entries(NODE_DISTRIBUTION).map(([name, size]) => [`node ${name}`, size] as [string, Figure]),
    ...BINARIES.map(
      (item) => [`${item.toolchain} ${item.name} (${item.build})`, item.size] as [string, Figure],
    ),
    ...JARS.map((item) => [`jar ${item.name}`, item.size] as [string, Figure]),
    ...CACHES.map((item) => [`cache ${item.name}`, item.size] as [string, Figure]),
    ...REFERENCE_CASES.flatMap((item) => [
      [`case ${item.name} before`, item.before] as [string, Figure],
      [`case ${item.name} after`, item.after] as [string, Figure],
    ]),
  ];
}

function within(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= expected * tolerance;
}

describe("build products and package figures", () => {
  it.each(figures())("%s has a positive size with a source, and a note when estimated", (_name, figure) => {
    expect(figure.bytes).toBeGreaterThan(0);
    expect(figure.source.ref).not.toBe("");
    if (figure.estimated) expect(figure.note ?? "").not.toBe("");
    if (figure.range) {
      expect(figure.range[0]).toBeLessThanOrEqual(figure.bytes);
      expect(figure.bytes).toBeLessThanOrEqual(figure.range[1]);
    }
  });

  it("marks binaries built with cgo or for glibc as needing glibc's libraries", () => {
    for (const binary of BINARIES) {
      if (binary.linkage === "static") expect(binary.neededLibraries).toEqual([]);
      else expect(binary.neededLibraries).toContain("libc.so.6");
    }
  });

  it("tells pure-Python packages from those with compiled extensions", () => {
    const native = PIP_PACKAGES.filter((item) => item.nativeExtensions).map((item) => item.requirement);
    expect(native).toEqual(["numpy", "pandas"]);
  });

  it("shows that pruning devDependencies shrinks the Vite app's node_modules eightfold", () => {
    const vite = NODE_PROJECTS.find((item) => item.name === "vite-react");
    expect(vite?.productionNodeModules?.bytes).toBe(mb(8.36));
    expect((vite?.nodeModules.bytes ?? 0) / (vite?.productionNodeModules?.bytes ?? 1)).toBeGreaterThan(7);
  });

  describe("checked against the published cases (±15%)", () => {
    const goStatic = BINARIES.find(
      (item) => item.toolchain === "go" && item.linkage === "static" && !item.stripped,
    );

    it("puts a static Go binary on scratch at the benchmark's 6.5 MB", () => {
      const total = resolveBaseImage("scratch").image.size.bytes + (goStatic?.size.bytes ?? 0);
      expect(within(total, mb(6.5), 0.15)).toBe(true);
    });

    it("puts a Go 1.22+ binary on distroless/base near the Docker guide's 28.1 MB", () => {
      const go122 = BINARIES.find((item) => item.build.includes("1.22+"));
      const total =
        resolveBaseImage("gcr.io/distroless/base-debian12").image.size.bytes + (go122?.size.bytes ?? 0);
      expect(within(total, mb(28.1), 0.15)).toBe(true);
    });
  });
});
