import { describe, expect, it } from "vitest";
import { parseTag } from "./parseTag";

const CHANNELS = new Set(["stable", "lts", "jod"]);

describe("parseTag", () => {
  it.each([
    ["3.12", { version: "3.12", channel: null, variant: "", os: null }],
    [
      "3.12.4-slim-bookworm",
      { version: "3.12.4", variant: "slim", os: { distro: "debian", release: "bookworm" } },
    ],
    ["22-bookworm-slim", { version: "22", variant: "slim", os: { distro: "debian", release: "bookworm" } }],
    [
      "3.12-alpine3.20",
      { version: "3.12", variant: "", os: { distro: "alpine", release: "3.20", token: "alpine3.20" } },
    ],
    ["alpine3.7", { version: null, channel: null, variant: "", os: { distro: "alpine", release: "3.7" } }],
    ["21-jre-alpine-3.21", { version: "21", variant: "jre", os: { distro: "alpine", release: "3.21" } }],
    [
      "21.0.5_11-jdk-noble",
      { version: "21.0.5", variant: "jdk", os: { distro: "ubuntu", release: "noble" } },
    ],
    ["3.9-eclipse-temurin-21", { version: "3.9", variant: "eclipse-temurin-21", os: null }],
    ["8.10-jdk21", { version: "8.10", variant: "jdk21" }],
    ["jdk21", { version: null, channel: null, variant: "jdk21" }],
    ["latest", { version: null, channel: "latest", variant: "" }],
    ["latest-dev", { channel: "latest", variant: "dev" }],
    ["stable-alpine", { channel: "stable", variant: "", os: { distro: "alpine", release: null } }],
    ["debug-nonroot-amd64", { version: null, variant: "debug-nonroot" }],
    ["jammy-20240111", { version: null, variant: "", os: { distro: "ubuntu", release: "jammy" } }],
    ["9.4-1227", { version: "9.4", variant: "" }],
    ["8u422-b05-jdk", { version: "8", variant: "jdk" }],
    ["3.12.0a4-slim", { version: "3.12.0", variant: "slim" }],
  ])("reads %s", (tag, expected) => {
    expect(parseTag(tag, CHANNELS)).toMatchObject(expected);
  });

  it("reads no tag as no version, channel, variant or OS", () => {
    expect(parseTag(null, CHANNELS)).toEqual({ version: null, channel: null, variant: "", os: null });
  });

  it("treats a family's channel word as floating only in that family", () => {
    expect(parseTag("lts-alpine", CHANNELS).channel).toBe("lts");
    expect(parseTag("lts-alpine", new Set()).variant).toBe("lts");
  });
});
