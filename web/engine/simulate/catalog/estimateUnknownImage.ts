import { mb } from "./units";
import { estimate, estimateIn } from "./sources";
import type { ParsedTag } from "./parseTag";
import type { BaseImage, ImageReference } from "./types";
import { DEBIAN_BOOKWORM, DEFAULT_PATH, imageConfig, osFactsFor } from "./baseImages/osFacts";

const SOURCE = estimateIn("(none: an image outside the catalog)");

// An image we know nothing about is most often an application or tooling image built on Debian
// slim (75 MB) plus a runtime; Alpine-based ones start from 8 MB. Both are rough on purpose.
const UNKNOWN_DEBIAN_MB = 150;
const UNKNOWN_ALPINE_MB = 50;

/**
 * A stand-in entry for an image the catalog does not have: never a silent zero. Its OS facts come
 * from the tag's OS suffix when there is one, else a glibc image with /bin/sh is assumed, and every
 * such fact is listed as uncertain so the simulator can say it guessed.
 */
export function estimateUnknownImage(reference: ImageReference, tag: ParsedTag): BaseImage {
  const alpine = tag.os?.distro === "alpine";
  const facts = osFactsFor(tag.os?.distro ?? "debian", tag.os?.release ?? null) ?? DEBIAN_BOOKWORM;
  const megabytes = alpine ? UNKNOWN_ALPINE_MB : UNKNOWN_DEBIAN_MB;
  const basis = tag.os ? `its ${tag.os.token} tag` : "no OS hint in its tag";
  const name = reference.repository || reference.raw || "(empty)";
  return {
    id: `unknown:${name}`,
    family: "unknown",
    title: `${name} (not in the catalog)`,
    measuredTag: reference.raw,
    repositories: [{ name: reference.repository }],
    tags: { versions: [], floating: ["latest"], variants: [tag.variant], releases: [], defaultDistro: true },
    size: estimate(
      mb(megabytes),
      SOURCE,
      `Assumed about ${megabytes} MB from ${basis} (${alpine ? "Alpine" : "Debian slim"} plus an application).`,
    ),
    compressedSize: null,
    ...facts,
    config: imageConfig({ env: { PATH: DEFAULT_PATH } }),
    runtimes: [],
    contents: [],
    factsSource: SOURCE,
    uncertain: [
      "size",
      "libc",
      "shell",
      "packageManager",
      "passwd",
      "config",
      "runtimes",
      "caCertificates",
      "tzdata",
    ].map((field) => ({ field, reason: `${name} is not in the catalog; this is assumed from ${basis}.` })),
  };
}
