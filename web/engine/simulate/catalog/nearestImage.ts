import type { ParsedTag } from "./parseTag";
import { versionFit, versionNumbers } from "./matchTag";
import type { BaseImage, Distro, ResolutionReason } from "./types";
import { osFactsFor } from "./baseImages/osFacts";

export interface NearestImage {
  image: BaseImage;
  reasons: ResolutionReason[];
  /** Sentences saying which entry stands in and why. */
  notes: string[];
}

function versionDistance(version: string | null, image: BaseImage): number {
  const measured = image.tags.versions[0];
  if (version === null || measured === undefined) return 0;
  const [wantMajor = 0, wantMinor = 0] = versionNumbers(version);
  const [major = 0, minor = 0] = versionNumbers(measured);
  return Math.abs(wantMajor - major) * 1000 + Math.abs(wantMinor - minor);
}

function wantedDistro(tag: ParsedTag, images: readonly BaseImage[]): Distro | null {
  if (tag.os) return tag.os.distro;
  return images.find((image) => image.tags.defaultDistro)?.os.distro ?? null;
}

/** The same image's facts on another distro or release, for a tag the catalog has no entry for. */
export function rebase(image: BaseImage, distro: Distro, release: string | null): BaseImage {
  const facts = osFactsFor(distro, release);
  if (!facts) return image;
  const extraUsers = image.passwd.filter((user) => !facts.passwd.some((known) => known.name === user.name));
  return {
    ...image,
    ...facts,
    caCertificates: image.caCertificates || facts.caCertificates,
    passwd: [...facts.passwd, ...extraUsers],
    contents: image.os.distro === distro ? image.contents : [],
    tzdata: image.os.distro === distro ? image.tzdata : facts.tzdata,
    shell: image.os.distro === distro ? image.shell : facts.shell,
  };
}

/**
 * When no entry fits the tag: the entry of the same repository that differs least (distro first,
 * then variant, then version), said so in reasons. Never null for a non-empty list.
 */
export function nearestImage(
  images: readonly BaseImage[],
  tag: ParsedTag,
  repository: string,
): NearestImage | null {
  const distro = wantedDistro(tag, images);
  let best: BaseImage | null = null;
  let bestScore = -Infinity;
  for (const image of images) {
    const score =
      (image.os.distro === distro ? 1_000_000 : 0) +
      (image.tags.variants.includes(tag.variant) ? 100_000 : 0) -
      versionDistance(tag.version, image);
    if (score > bestScore) {
      best = image;
      bestScore = score;
    }
  }
  if (best === null) return null;

  const reasons: ResolutionReason[] = [];
  const notes: string[] = [];
  const name = `${repository}:${[tag.version ?? tag.channel, tag.variant, tag.os?.token].filter(Boolean).join("-")}`;
  if (tag.version !== null && versionFit(tag.version, best.tags) === null) {
    reasons.push("version-not-in-catalog");
    notes.push(`Version ${tag.version} of ${repository} is not in the catalog.`);
  }
  if (tag.channel !== null && !best.tags.floating.includes(tag.channel)) {
    reasons.push("floating-tag");
    notes.push(`The catalog does not know which version \`${tag.channel}\` points at.`);
  }
  if (!best.tags.variants.includes(tag.variant)) {
    reasons.push("variant-not-in-catalog");
    notes.push(`The variant \`${tag.variant || "(default)"}\` of ${repository} is not in the catalog.`);
  }
  let image = best;
  if (distro !== null && best.os.distro !== distro) {
    reasons.push("os-release-differs");
    notes.push(
      `The catalog has no ${distro} variant of ${repository}; its OS facts are assumed from ${distro}.`,
    );
    image = rebase(best, distro, tag.os?.release ?? null);
  }
  if (reasons.length === 0) reasons.push("floating-tag");
  notes.push(`Figures for ${name} are estimated from ${best.measuredTag}.`);
  return { image, reasons, notes };
}
