import type { Distro } from "./types";

/** A tag split into the parts catalog entries match on. */
export interface ParsedTag {
  /** Leading version as written, e.g. "3.12.4" (build suffixes like `_11` or `u422` dropped). */
  version: string | null;
  /** A leading word that floats: "latest", "stable", "lts", a Node codename … */
  channel: string | null;
  /** Remaining words joined by "-": "slim", "jre", "eclipse-temurin-21", "debug-nonroot"; "" for none. */
  variant: string;
  /** An OS suffix: "bookworm", "alpine3.20", "noble"; `token` is the text as written. */
  os: { distro: Distro; release: string | null; token: string } | null;
}

const CODENAMES: Readonly<Record<string, Distro>> = {
  jessie: "debian",
  stretch: "debian",
  buster: "debian",
  bullseye: "debian",
  bookworm: "debian",
  trixie: "debian",
  forky: "debian",
  sid: "debian",
  xenial: "ubuntu",
  bionic: "ubuntu",
  focal: "ubuntu",
  jammy: "ubuntu",
  noble: "ubuntu",
  plucky: "ubuntu",
  questing: "ubuntu",
  resolute: "ubuntu",
};

const ARCHITECTURES = new Set([
  "amd64",
  "arm64",
  "arm64v8",
  "arm",
  "armv7",
  "arm32v7",
  "ppc64le",
  "s390x",
  "riscv64",
  "386",
]);

const VERSION = /^v?(\d+(?:\.\d+)*)(?:[._+a-z][0-9a-z._]*)?$/;
const ALPINE = /^alpine(\d+(?:\.\d+)*)?$/;
const NUMERIC_RELEASE = /^\d+(?:\.\d+)+$/;
// Dates and build numbers (ubuntu:jammy-20240111, ubi9:9.4-1227, 8u422-b05) say nothing about contents.
const BUILD = /^(?:\d{4,}|b\d+)$/;

/** Reads a tag the way the official images name them; `channels` are the family's floating words. */
export function parseTag(tag: string | null, channels: ReadonlySet<string>): ParsedTag {
  const tokens = (tag ?? "")
    .toLowerCase()
    .split("-")
    .filter((token) => token !== "");
  while (tokens.length > 0 && ARCHITECTURES.has(tokens[tokens.length - 1] ?? "")) tokens.pop();

  let version: string | null = null;
  let channel: string | null = null;
  const first = tokens[0];
  const versionMatch = first === undefined ? null : VERSION.exec(first);
  if (versionMatch) {
    version = versionMatch[1] ?? null;
    tokens.shift();
  } else if (first !== undefined && (first === "latest" || channels.has(first))) {
    channel = first;
    tokens.shift();
  }

  let os: ParsedTag["os"] = null;
  const words: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? "";
    const alpine = ALPINE.exec(token);
    if (os === null && alpine) {
      let release = alpine[1] ?? null;
      const next = tokens[index + 1];
      if (release === null && next !== undefined && NUMERIC_RELEASE.test(next)) {
        release = next;
        index++;
      }
      os = { distro: "alpine", release, token: release ? `alpine${release}` : "alpine" };
    } else if (os === null && CODENAMES[token]) {
      os = { distro: CODENAMES[token], release: token, token };
    } else if (!BUILD.test(token)) {
      words.push(token);
    }
  }
  return { version, channel, variant: words.join("-"), os };
}
