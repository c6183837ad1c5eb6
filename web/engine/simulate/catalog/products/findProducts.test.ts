import { describe, expect, it } from "vitest";
import { findPipPackage, normalizeProjectName, requirementName } from "./findPipPackage";
import { findPackageInstall } from "./findPackageInstall";
import { mib } from "../units";

describe("findPipPackage", () => {
  it.each([
    ["flask", "flask"],
    ["Flask==3.0.3", "flask"],
    ["flask[async]>=2.0", "flask"],
    ["Django~=5.0", "django"],
    ["numpy ; python_version >= '3.9'", "numpy"],
    ["gunicorn", "gunicorn"],
    ["Flask_SQLAlchemy", "flask-sqlalchemy"],
  ])("reads %s as %s", (argument, name) => {
    expect(requirementName(argument)).toBe(name);
  });

  it.each([
    "-r",
    "--no-cache-dir",
    "-e",
    ".",
    "./pkg",
    "https://example.com/a.whl",
    "dist/app-1.0-py3-none-any.whl",
    "# comment",
    "",
  ])("ignores %s, which is not a package name", (argument) => {
    expect(findPipPackage(argument)).toBeNull();
  });

  it("finds flask with its importable modules and its console script", () => {
    const found = findPipPackage("Flask==3.0.3");
    expect(found?.unknown).toBe(false);
    expect(found?.figure.imports).toContain("jinja2");
    expect(found?.figure.scripts).toEqual(["flask"]);
  });

  it("says numpy and pandas carry compiled extensions", () => {
    expect(findPipPackage("numpy")?.figure.nativeExtensions).toBe(true);
    expect(findPipPackage("pandas")?.figure.nativeExtensions).toBe(true);
  });

  it("gives an unknown package a flagged, non-zero estimate", () => {
    const found = findPipPackage("requests>=2");
    expect(found?.unknown).toBe(true);
    expect(found?.figure.installed.estimated).toBe(true);
    expect(found?.figure.installed.bytes).toBeGreaterThan(0);
    expect(found?.note).toMatch(/requests is not in the catalog/);
  });

  it("normalises names as PEP 503 does", () => {
    expect(normalizeProjectName("Zope.Interface")).toBe("zope-interface");
  });
});

describe("findPackageInstall", () => {
  it("finds apt-get install gcc at 172 MiB", () => {
    const found = findPackageInstall("apt", "gcc");
    expect(found.unknown).toBe(false);
    expect(found.figure.size.bytes).toBe(mib(172));
  });

  it("ignores a pinned version when looking up", () => {
    expect(findPackageInstall("apt", "curl=7.88.1-10").unknown).toBe(false);
  });

  it("finds apk add build-base as an estimate", () => {
    const found = findPackageInstall("apk", "build-base");
    expect(found.unknown).toBe(false);
    expect(found.figure.size.estimated).toBe(true);
  });

  it("gives an unknown package a flagged, non-zero estimate", () => {
    const found = findPackageInstall("apk", "postgresql-client");
    expect(found.unknown).toBe(true);
    expect(found.figure.size.bytes).toBeGreaterThan(0);
    expect(found.note).toMatch(/not in the catalog/);
  });
});
